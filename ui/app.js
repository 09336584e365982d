// Steady's page: a small router, the global keys and the look. State lives in the core;
// screens fetch what they show through lib/api.js.

import { call, el, fill } from './lib/api.js';
import { addWords, data, errorText, has, lang, noticeText, setWords, t, tNodes } from './lib/words.js';
import * as home from './screens/home.js';

// The screen registry, home's choices and the look are start.js's (a classic script that
// paints home before the modules load): one registry for the router, the keys and home.
const { screens, choices: homeChoices, paramsFor: paramsForBrings } = window.steady;
// Screens that show the person's own words: when Steady locks they are drawn again, so
// nothing of what they showed stays on the page (they then show the unlock form).
const PRIVATE = new Set(['plan', 'plan-setup', 'plan-edit', 'plan-history', 'plan-import', 'helped', 'ground-shape', 'patterns', 'privacy', 'reminder', 'close-call', 'lists']);
// Home's order for each answer to "what brings you here" is the core's (page_start).
let homeOrders = null;
let brings = null;
const paramsFor = (name) => paramsForBrings(brings, name);
const choices = () => homeChoices(brings, homeOrders);
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

// Saves what is being typed, then locks (with protection off, the core says no: ignored).
const lockAfterSaving = () => flush().then(() => call('protection_lock')).catch(() => {});

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

// What the shell tells the page, by event name (start.js listens to each from the start,
// so none is missed while the modules load, and hands them here).
const onEvent = {
  // The window is closing: the tray note, or saving what is pending first.
  'steady://closing': async (payload) => {
    // Loaded only when needed: nothing about closing is on the way to the first screen.
    const { onClosing } = await import('./lib/closing.js');
    onClosing(payload ?? { mode: 'quit' }, { flush, goHome: () => go('home') });
  },
  // Steady locked (the window hid, the tray, the idle time, Lock now): clear what shows.
  'steady://locked': () => {
    if (PRIVATE.has(current.name)) go(current.name);
  },
  // The tray's Lock.
  'steady://lock': lockAfterSaving,
  // Sent from outside: a later launch, the tray menu or the global shortcut.
  'steady://route': () => { takeRoute().catch(() => {}); },
};

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
  window.steady.look(s);
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
    window.steady.showScreen(container);
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

function onKey(event) {
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
}
document.addEventListener('keydown', onKey);

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

// What the person did on the home start.js painted, before this module was live.
function replay(action) {
  if (action.kind === 'go') go(action.screen, action.params ?? {});
  else if (action.kind === 'answer') home.answer(action.value, action.status, { go, applyLook, announce });
  else if (action.kind === 'key') onKey({ ...action, target: document.body, defaultPrevented: false, preventDefault() {} });
  else if (action.kind === 'event') onEvent[action.name]?.(action.payload);
}

async function boot() {
  let route = null;
  // Whether start.js painted home, and whether it is the home this answer would draw.
  const painted = await window.steady.painted;
  let adopt = false;
  try {
    // One call for all the first screen needs, sent by start.js before the modules loaded.
    const start = await window.steady.start.catch(() => call('page_start'));
    // The words first: everything drawn from here on asks for them.
    setWords(start.words);
    ({ limits } = start);
    homeOrders = start.home ?? null;
    applyLook(start.settings);
    showNotices((start.notices ?? []).map((n) => ({ code: n.code, text: noticeWords(n) })));
    route = start.route;
    adopt = painted && window.steady.paintedFor(start);
  } catch (e) {
    showNotices([{ code: e?.code ?? 'unknown', text: errorText(e) }]);
    // Without the core's answer, a painted home is the best there is: kept.
    adopt = painted;
  }
  const first = route?.screen ?? 'home';
  if (adopt) {
    // start.js painted home already: this module takes it over as it is (the focus stays
    // where the person put it), and does what they asked for meanwhile.
    current = { name: 'home', cleanup: null };
  } else {
    try {
      await go(first, route ? { pattern: route.pattern ?? null, minutes: route.minutes ?? null, fromOutside: true } : {});
    } finally {
      // Painted from here: the whole first screen in one frame (styles.css).
      root.classList.add('drawn');
    }
    if (first !== 'home') shown(first);
  }
  window.steady.goLive(replay);
  // Interactive once this frame is painted.
  requestAnimationFrame(() => setTimeout(() => {
    if (!painted) call('ui_ready', { stage: 'painted' }).catch(() => {});
    call('ui_ready', { stage: 'live' }).catch(() => {});
    allWords();
  }, 0));
}

boot();
