// Steady's page: a small router, the global keys and the look. State lives in the core;
// screens fetch what they show through lib/api.js.

import { call, el } from './lib/api.js';
import { onClosing } from './lib/closing.js';
import * as home from './screens/home.js';
import * as breathe from './screens/breathe.js';
import * as patterns from './screens/patterns.js';
import * as plan from './screens/plan.js';
import * as planSetup from './screens/plan-setup.js';
import * as planEdit from './screens/plan-edit.js';
import * as planHistory from './screens/plan-history.js';
import * as planImport from './screens/plan-import.js';
import * as ground from './screens/ground.js';
import * as groundShape from './screens/ground-shape.js';
import * as urge from './screens/urge.js';
import * as helped from './screens/helped.js';
import * as help from './screens/help.js';
import * as settings from './screens/settings.js';

// The screens, each with the single key (if any) that opens it from anywhere.
const screens = {
  home, breathe, patterns, plan, ground, urge, helped, help, settings,
  'ground-shape': groundShape,
  'plan-setup': planSetup, 'plan-edit': planEdit, 'plan-history': planHistory, 'plan-import': planImport,
};

const root = document.documentElement;
const container = document.getElementById('screen');
const announcer = document.getElementById('announce');
let current = { name: null, cleanup: null };
// Work to finish before the window closes (pending saves), registered by screens.
const beforeClose = new Set();

const flush = () => Promise.allSettled([...beforeClose].map((f) => f()));

window.__TAURI__?.event?.listen('steady://closing', (event) => {
  onClosing(event.payload ?? { mode: 'quit' }, { flush, goHome: () => go('home') });
});

// Sent from outside: a later launch, the tray menu or the global shortcut.
window.__TAURI__?.event?.listen('steady://route', () => { takeRoute().catch(() => {}); });

async function takeRoute() {
  const route = await call('take_route');
  if (!route) return;
  const params = { pattern: route.pattern ?? null, minutes: route.minutes ?? null, fromOutside: true };
  // Already there with nothing new asked: leave it be (a breathing session keeps going).
  if (route.screen !== current.name || params.pattern || params.minutes) {
    await flush();
    go(route.screen, params);
  }
  await shown(route.screen);
}

// Resolves once the screen has its heading on the page and a frame has been painted.
async function shown(name) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  for (let i = 0; i < 600 && !(container.dataset.screen === name && container.querySelector('h1')); i += 1) {
    await frame();
  }
  await frame();
  call('ui_shown', { screen: name }).catch(() => {});
}

export function applyLook(s) {
  if (s.theme === 'light' || s.theme === 'dark') root.dataset.theme = s.theme;
  else delete root.dataset.theme;
  root.dataset.text = s.text_size;
  if (s.motion === 'reduce') root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
}

export function announce(text) {
  // Clear first so the same words are announced again.
  announcer.textContent = '';
  requestAnimationFrame(() => { announcer.textContent = text; });
}

export function go(name, params = {}) {
  const screen = screens[name] ?? home;
  if (typeof current.cleanup === 'function') current.cleanup();
  container.replaceChildren();
  container.dataset.screen = name;
  const help = document.getElementById('help-now');
  if (name === 'help') help.setAttribute('aria-current', 'page');
  else help.removeAttribute('aria-current');
  beforeClose.clear();
  const cleanup = screen.render(container, {
    go, applyLook, announce, beforeClose: (f) => beforeClose.add(f), params,
  });
  current = { name, cleanup };
  const heading = container.querySelector('h1');
  if (heading) {
    heading.tabIndex = -1;
    heading.focus();
  }
}

function typingIn(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) &&
      !['radio', 'checkbox', 'range', 'button'].includes(target.type));
}

document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) return;
  if (event.key === 'Escape') {
    // Stops whatever the screen runs (its cleanup) and goes back home.
    if (current.name !== 'home') {
      event.preventDefault();
      go('home');
    }
    return;
  }
  // F1 reaches help from anywhere, even while typing, where H would type a letter.
  if (event.key === 'F1') {
    event.preventDefault();
    if (current.name !== 'help') go('help');
    return;
  }
  if (typingIn(event.target) || event.repeat) return;
  const key = event.key.toLowerCase();
  const target = Object.entries(screens).find(([, s]) => s.key === key);
  if (target && target[0] !== current.name) {
    event.preventDefault();
    go(target[0]);
  }
});

document.getElementById('help-now').addEventListener('click', () => go('help'));
document.getElementById('go-home').addEventListener('click', () => go('home'));

function showNotices(list) {
  const box = document.getElementById('notices');
  for (const n of list) {
    const dismiss = el('button', { type: 'button', class: 'button quiet' }, 'Dismiss');
    const note = el('section', { class: 'notice', role: 'status', 'data-code': n.code },
      el('p', {}, n.message), dismiss);
    dismiss.addEventListener('click', () => {
      note.remove();
      document.getElementById('screen').focus();
    });
    box.append(note);
  }
}

async function boot() {
  try {
    applyLook(await call('get_settings'));
    showNotices(await call('take_notices'));
  } catch (e) {
    showNotices([{ code: e.code, message: e.message }]);
  }
  let route = null;
  try { route = await call('take_route'); } catch { /* home, then */ }
  const first = route?.screen ?? 'home';
  go(first, route ? { pattern: route.pattern ?? null, minutes: route.minutes ?? null, fromOutside: true } : {});
  if (route) shown(first);
  // Interactive once this frame is painted.
  requestAnimationFrame(() => setTimeout(() => call('ui_ready').catch(() => {}), 0));
}

boot();
