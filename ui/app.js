// Steady's page: a small router, the global keys and the look. State lives in the core;
// screens fetch what they show through lib/api.js.

import { call, el, fill } from './lib/api.js';
import { addWords, data, errorText, has, lang, noticeText, setWords, t, tNodes } from './lib/words.js';
import * as home from './screens/home.js';

// The screens: the one registry the router, the keys and home all read. Each has the
// single key (if any) that opens it from anywhere, and home's card (title and about, as
// message ids that home looks up when it draws) if it is one of home's choices, in home's
// order. All but home load on first use (10-30 ms, once), so the first screen is up
// sooner and the page holds only what was opened.
const screens = {
  home: { load: async () => home },
  breathe: { key: 'b', title: 'app-screen-breathe', about: 'app-screen-breathe-about', load: () => import('./screens/breathe.js') },
  ground: { key: 'g', title: 'app-screen-ground', about: 'app-screen-ground-about', load: () => import('./screens/ground.js') },
  urge: { key: 'u', title: 'app-screen-urge', about: 'app-screen-urge-about', load: () => import('./screens/urge.js') },
  plan: { key: 'p', title: 'app-screen-plan', about: 'app-screen-plan-about', load: () => import('./screens/plan.js') },
  help: { key: 'h', title: 'app-screen-help', about: 'app-screen-help-about', load: () => import('./screens/help.js') },
  helped: { key: 'w', title: 'app-screen-helped', about: 'app-screen-helped-about', load: () => import('./screens/helped.js') },
  reminder: { key: 'r', title: 'app-screen-reminder', about: 'app-screen-reminder-about', load: () => import('./screens/reminder.js') },
  'close-call': { key: 'c', title: 'app-screen-close-call', about: 'app-screen-close-call-about', load: () => import('./screens/close-call.js') },
  lists: { key: 'l', title: 'app-screen-lists', about: 'app-screen-lists-about', load: () => import('./screens/lists.js') },
  settings: { key: 's', title: 'app-screen-settings', about: 'app-screen-settings-about', load: () => import('./screens/settings.js') },
  patterns: { load: () => import('./screens/patterns.js') },
  'ground-shape': { load: () => import('./screens/ground-shape.js') },
  'plan-setup': { load: () => import('./screens/plan-setup.js') },
  'plan-edit': { load: () => import('./screens/plan-edit.js') },
  'plan-history': { load: () => import('./screens/plan-history.js') },
  'plan-import': { load: () => import('./screens/plan-import.js') },
  privacy: { load: () => import('./screens/privacy.js') },
};
// Screens that show the person's own words: when Steady locks they are drawn again, so
// nothing of what they showed stays on the page (they then show the unlock form).
const PRIVATE = new Set(['plan', 'plan-setup', 'plan-edit', 'plan-history', 'plan-import', 'helped', 'ground-shape', 'patterns', 'privacy', 'reminder', 'close-call', 'lists']);
// Home's order for each answer to "what brings you here" is the core's (page_start).
let homeOrders = null;
let brings = null;
// For a partner, the wave is the one for the urge to check (its card, and U).
const forPartner = { urge: { title: 'app-screen-urge-check', about: 'app-screen-urge-check-about', params: { variant: 'check' } } };
const paramsFor = (name) => (brings === 'partner' ? forPartner[name]?.params : null) ?? {};
function choices() {
  const titled = Object.entries(screens).filter(([, s]) => s.title).map(([name]) => name);
  const order = homeOrders?.[ORDER_FOR[brings] ?? 'everyone'] ?? titled;
  return order.filter((name) => screens[name]?.title).map((screen) => {
    const own = brings === 'partner' ? forPartner[screen] : null;
    return {
      screen, key: screens[screen].key.toUpperCase(), params: paramsFor(screen),
      title: own?.title ?? screens[screen].title, about: own?.about ?? screens[screen].about,
    };
  });
}
const ORDER_FOR = { partner: 'partner', recovery: 'recovery', both: 'both' };
let navigation = 0;

const root = document.documentElement;
const container = document.getElementById('screen');
const announcer = document.getElementById('announce');
let current = { name: null, cleanup: null };
// Single-letter keys (a setting), and whether a session (breathing, the wave) is running:
// then only Space, Escape and H/F1 act, so a stray key never ends it.
let singleKeys = true;
// Limits and defaults from the core (page_start): field lengths, lengths of a session.
let limits = null;
let sessionRunning = false;
// Work to finish before the window closes (pending saves), registered by screens.
const beforeClose = new Set();

const flush = () => Promise.allSettled([...beforeClose].map((f) => f()));

window.__TAURI__?.event?.listen('steady://closing', async (event) => {
  // Loaded only when needed: nothing about closing is on the way to the first screen.
  const { onClosing } = await import('./lib/closing.js');
  onClosing(event.payload ?? { mode: 'quit' }, { flush, goHome: () => go('home') });
});

// Steady locked (the window hid, the tray, the idle time, Lock now): clear what shows.
window.__TAURI__?.event?.listen('steady://locked', () => {
  if (PRIVATE.has(current.name)) go(current.name);
});

// Saves what is being typed, then locks (with protection off, the core says no: ignored).
const lockAfterSaving = () => flush().then(() => call('protection_lock')).catch(() => {});

// The tray's Lock.
window.__TAURI__?.event?.listen('steady://lock', lockAfterSaving);

// Locking after a while without a key or a click, when protection is on. The setting is
// the core's (settings.lock_after_minutes); only the waiting happens here.
let lockAfter = 0;
let idleTimer = null;
function resetIdle() {
  clearTimeout(idleTimer);
  if (lockAfter > 0) idleTimer = setTimeout(lockAfterSaving, lockAfter * (limits?.idle_minute_ms ?? 60_000));
}
for (const kind of ['keydown', 'pointerdown', 'wheel']) {
  document.addEventListener(kind, resetIdle, { capture: true, passive: true });
}

// Hide at once (F9): save what is pending, clear the screen, hide (locking, with
// protection on). The tray, the shortcut or another launch bring Steady back.
async function quickHide() {
  await flush();
  await go('home');
  await call('window_hide', { generation: null }).catch(() => {});
}

// Sent from outside: a later launch, the tray menu or the global shortcut.
window.__TAURI__?.event?.listen('steady://route', () => { takeRoute().catch(() => {}); });

async function takeRoute() {
  const route = await call('take_route');
  if (!route) return;
  const params = { pattern: route.pattern ?? null, minutes: route.minutes ?? null, fromOutside: true };
  // Already there with nothing new asked: leave it be (a breathing session keeps going).
  if (route.screen !== current.name || params.pattern || params.minutes) {
    await flush();
    await go(route.screen, params);
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
  singleKeys = s.single_keys !== false;
  brings = s.brings ?? null;
  lockAfter = Number(s.lock_after_minutes) || 0;
  resetIdle();
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

// The words of every screen but the first (home), asked for once after it is drawn, or
// at once when another screen is wanted first.
let moreWords = null;
// (Words that arrive after the language changed are not the page's any more.)
const allWords = () => (moreWords ??= call('page_words')
  .then((w) => { if (w.lang === lang()) addWords(w); }).catch(() => {}));

/**
 * The person chose a language in Settings (`null`: the system's). The core rewords
 * everything it keeps (content, the tray) and answers with the whole catalogue; the page
 * takes it and draws the screen again, in the new words, at once.
 */
async function setLanguage(code) {
  const words = await call('set_language', { code });
  setWords(words);
  moreWords = Promise.resolve();
  return words.lang;
}

export function go(wanted, params = {}) {
  const name = screens[wanted] ? wanted : 'home';
  const n = ++navigation;
  if (typeof current.cleanup === 'function') current.cleanup();
  current = { name, cleanup: null };
  sessionRunning = false;
  beforeClose.clear();
  const help = document.getElementById('help-now');
  if (name === 'help') help.setAttribute('aria-current', 'page');
  else help.removeAttribute('aria-current');
  const ready = name === 'home' ? screens[name].load() : Promise.all([screens[name].load(), allWords()]).then(([s]) => s);
  return ready.then((screen) => {
    if (n !== navigation) return; // another screen was asked for meanwhile
    fill(container);
    container.dataset.screen = name;
    current.cleanup = screen.render(container, {
      go, applyLook, announce, beforeClose: (f) => beforeClose.add(f), params, choices: choices(), brings, limits, setLanguage,
      session: (on) => { if (n === navigation) sessionRunning = on; },
    });
    // Shown before the focus moves: nothing inside a hidden page can take the focus
    // (styles.css keeps the page unpainted until the first screen is drawn).
    window.steadyReveal?.();
    const heading = container.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }).catch((e) => {
    // What went wrong is for the console, never the screen.
    console.error(e);
    showNotices([{ code: 'screen', text: t('error-screen') }]);
  });
}

function typingIn(target) {
  return target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) &&
      !['radio', 'checkbox', 'range', 'button'].includes(target.type));
}

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented) return;
  // F9 hides Steady at once, from any screen, even while typing.
  if (event.key === 'F9' && !event.ctrlKey && !event.altKey && !event.metaKey) {
    event.preventDefault();
    quickHide();
    return;
  }
  // Ctrl+L locks (with protection on), from any screen.
  if (event.ctrlKey && !event.altKey && !event.metaKey && event.key.toLowerCase() === 'l') {
    event.preventDefault();
    lockAfterSaving();
    return;
  }
  if (event.ctrlKey || event.altKey || event.metaKey) return;
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
  // A letter typed into a field is the person's: it never leaves the screen.
  if (typingIn(event.target) || event.repeat || !singleKeys) return;
  const key = event.key.toLowerCase();
  if (sessionRunning && key !== 'h') return;
  const target = Object.entries(screens).find(([, s]) => s.key === key);
  if (target && target[0] !== current.name) {
    event.preventDefault();
    go(target[0], paramsFor(target[0]));
  }
});

document.getElementById('help-now').addEventListener('click', () => go('help'));
document.getElementById('go-home').addEventListener('click', () => go('home'));

// A notice from the core in the catalogue's words. The name a file is kept under is data,
// kept apart from them.
function noticeWords(n) {
  const keptAs = n.args?.kept_as;
  if (keptAs != null && has(`notice-${n.code}`)) {
    return tNodes(`notice-${n.code}`, { ...n.args, kept_as: data(keptAs) });
  }
  return noticeText(n);
}

// Each is {code, text}: text is a notice's words (noticeWords) or an error's (errorText).
function showNotices(list) {
  const box = document.getElementById('notices');
  for (const n of list) {
    const dismiss = el('button', { type: 'button', class: 'button quiet' }, t('app-dismiss'));
    const note = el('section', { class: 'notice', role: 'status', 'data-code': n.code },
      el('p', {}, n.text), dismiss);
    dismiss.addEventListener('click', () => {
      note.remove();
      document.getElementById('screen').focus();
    });
    box.append(note);
  }
}

async function boot() {
  let route = null;
  try {
    // One call for all the first screen needs, sent by start.js before the modules loaded.
    const start = await (window.steadyStart ?? call('page_start')).catch(() => call('page_start'));
    // The words first: everything drawn from here on asks for them.
    setWords(start.words);
    ({ limits } = start);
    homeOrders = start.home ?? null;
    applyLook(start.settings);
    showNotices((start.notices ?? []).map((n) => ({ code: n.code, text: noticeWords(n) })));
    route = start.route;
  } catch (e) {
    showNotices([{ code: e?.code ?? 'unknown', text: errorText(e) }]);
  }
  const first = route?.screen ?? 'home';
  try {
    await go(first, route ? { pattern: route.pattern ?? null, minutes: route.minutes ?? null, fromOutside: true } : {});
  } finally {
    // Painted from here: the whole first screen in one frame (styles.css).
    window.steadyReveal?.();
  }
  if (first !== 'home') shown(first);
  // Interactive once this frame is painted.
  requestAnimationFrame(() => setTimeout(() => {
    call('ui_ready').catch(() => {});
    allWords();
  }, 0));
}

boot();
