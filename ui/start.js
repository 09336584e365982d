// The page's start: a classic script, so it runs at once, before any module. It paints
// home and then asks for the modules (app.js, the Fluent library, the screens), and holds
// what the first paint needs and nothing else, as `window.steady`:
// - `start`: the core's page_start answer, asked for here, read by app.js;
// - `painted`: whether home was painted here (and `paintedFor`: as that answer has it);
// - `screens`: the one screen registry, which the router, the keys and home all read;
// - `el`, `fill`, `look`, `drawHome`, `showScreen`: the pieces home is drawn with, here
//   and by screens/home.js later;
// - `events`: what the shell tells the page, listened to from the start;
// - `goLive`: app.js takes over, and is handed what the person did meanwhile.
// Home is painted from the core's ready-worded FirstPaint before any module has loaded;
// clicks, keys and the shell's events in that moment (a few tens of milliseconds) are
// held, then handed to app.js in order.
(() => {
  const root = document.documentElement;

  /** Builds an element: el('p', {class: 'x'}, 'text', child). Text is never parsed as HTML. */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v == null) continue;
      if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
      else if (v === true) node.setAttribute(k, '');
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c == null || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** Replaces a node's children with what is there (never the word "null"). */
  function fill(node, ...children) {
    node.replaceChildren(...children.flat(Infinity).filter((c) => c != null && c !== false));
  }

  // The screens. Each has the single key (if any) that opens it from anywhere, and home's
  // card (title and about, as message ids) if it is one of home's choices. All load on
  // first use (10-30 ms, once), so the page holds only what was opened.
  const screens = {
    home: { load: () => import('./screens/home.js') },
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
  // For a partner, the wave is the one for the urge to check (its card, and U).
  const forPartner = { urge: { title: 'app-screen-urge-check', about: 'app-screen-urge-check-about', params: { variant: 'check' } } };
  const paramsFor = (brings, name) => (brings === 'partner' ? forPartner[name]?.params : null) ?? {};
  const ORDER_FOR = { partner: 'partner', recovery: 'recovery', both: 'both' };

  /** Home's choices, in the core's order (page_start's `home`) for what brings the person. */
  function choices(brings, orders) {
    const titled = Object.keys(screens).filter((name) => screens[name].title);
    const order = orders?.[ORDER_FOR[brings] ?? 'everyone'] ?? titled;
    return order.filter((name) => screens[name]?.title).map((screen) => {
      const own = brings === 'partner' ? forPartner[screen] : null;
      return {
        screen, key: screens[screen].key.toUpperCase(), params: paramsFor(brings, screen),
        title: own?.title ?? screens[screen].title, about: own?.about ?? screens[screen].about,
      };
    });
  }

  /** The look from the settings: theme, text size, motion. */
  function look(s) {
    if (s.theme === 'light' || s.theme === 'dark') root.dataset.theme = s.theme;
    else delete root.dataset.theme;
    root.dataset.text = s.text_size;
    if (s.motion === 'reduce') root.dataset.motion = 'reduce';
    else delete root.dataset.motion;
  }

  const ANSWERS = ['partner', 'recovery', 'both', 'rather_not_say'];
  const LEAD = { partner: 'home-lead-partner', recovery: 'home-lead-recovery' };

  /**
   * Home: the choices as large buttons with their keys, then, until answered, the one
   * optional question of what brings the person here (the tools always come first).
   * `text(id)` gives a message's words; `choose(choice)` and `answer(value, status)` act.
   */
  function drawHome(container, { text, choices: list, brings, choose, answer }) {
    const status = el('p', { role: 'status', class: 'muted' });
    const question = el('section', { class: 'panel brings', 'aria-labelledby': 'brings-h' },
      el('h2', { id: 'brings-h' }, text('home-brings-title')),
      el('p', {}, text('home-brings-lead')),
      el('p', { class: 'actions' }, ANSWERS.map((a) =>
        el('button', { type: 'button', class: 'button quiet', onclick: () => answer(a, status) }, text(`home-brings-${a}`)))),
      // Skipping is an answer too: never asked again, and the usual home.
      el('p', {}, el('button', { type: 'button', class: 'button quiet small', onclick: () => answer('rather_not_say', status) }, text('home-brings-skip'))),
      status);
    fill(container,
      el('h1', {}, text('home-title')),
      el('p', { class: 'muted' }, text(LEAD[brings] ?? 'home-lead')),
      el('ul', { class: 'choices' }, list.map((c) =>
        el('li', { class: 'choice' },
          el('span', {},
            el('button', {
              type: 'button', 'aria-keyshortcuts': c.key,
              'aria-describedby': `choice-${c.screen}-about`,
              onclick: () => choose(c),
            }, text(c.title)),
            el('span', { class: 'muted', id: `choice-${c.screen}-about` }, text(c.about))),
          el('kbd', { 'aria-hidden': 'true' }, c.key)))),
      brings == null ? question : null);
    container.dataset.screen = 'home';
  }

  /** Paints the page (it stays hidden until a first screen is drawn) and focuses the heading. */
  function showScreen(container) {
    // Shown before the focus moves: nothing inside a hidden page can take the focus.
    root.classList.add('drawn');
    const heading = container.querySelector('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }

  // What the person does before app.js is live: held, then handed to it in order.
  const held = [];
  let live = null;
  const act = (action) => (live ? live(action) : held.push(action));
  const MODIFIERS = new Set(['Tab', 'Shift', 'Control', 'Alt', 'Meta']);
  function holdKey(event) {
    // Moving the focus, and a button's own Enter or Space (its click is held instead).
    if (MODIFIERS.has(event.key)) return;
    if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const { key, ctrlKey, altKey, metaKey, shiftKey, repeat } = event;
    act({ kind: 'key', key, ctrlKey, altKey, metaKey, shiftKey, repeat });
  }
  function holdClick(event) {
    if (event.target instanceof Element && event.target.closest('#help-now')) act({ kind: 'go', screen: 'help', params: {} });
  }
  document.addEventListener('keydown', holdKey, true);
  document.addEventListener('click', holdClick, true);
  // What the shell tells the page (app.js's `onEvent` handles each): listened to from the
  // start, so a close, a lock or a route sent while the modules load is not missed.
  const EVENTS = ['steady://closing', 'steady://locked', 'steady://lock', 'steady://route'];
  for (const name of EVENTS) {
    window.__TAURI__?.event?.listen(name, (event) => act({ kind: 'event', name, payload: event.payload }))?.catch(() => {});
  }

  /** app.js is up: from now on it acts; what was held is done now, in order. */
  function goLive(handle) {
    document.removeEventListener('keydown', holdKey, true);
    document.removeEventListener('click', holdClick, true);
    live = handle;
    for (const action of held.splice(0)) handle(action);
  }

  // The page's modules: app.js and what it imports at once, fetched together. They are
  // asked for only once home is painted (or at once, when home is not painted here), so
  // the first frame does not wait behind them.
  const MODULES = [
    'lib/api.js', 'lib/words.js', 'screens/home.js',
    ...['index', 'bundle', 'resource', 'resolver', 'scope', 'types', 'builtins', 'memoizer']
      .map((f) => `vendor/fluent-bundle/${f}.js`),
  ];
  function loadModules() {
    for (const href of MODULES) document.head.append(el('link', { rel: 'modulepreload', href }));
    document.head.append(el('script', { type: 'module', src: 'app.js' }));
  }

  const invoke = window.__TAURI__?.core?.invoke;
  const start = invoke ? invoke('page_start') : Promise.reject(new Error('no core'));
  start.catch(() => {}); // app.js reports a failure; unhandled here would only be noise

  // Home, painted from what the core gave the window when it was made (FirstPaint, in
  // core/src/app/first_paint.rs): given only when home is the first screen and no notice
  // waits. The answer to page_start, asked for above, is what counts from then on.
  const first = window.steadyFirstPaint;
  // (The page's body may still be on its way: home waits for it, and no longer.)
  const parsed = document.readyState !== 'loading' ? Promise.resolve()
    : new Promise((r) => document.addEventListener('readystatechange', r, { once: true }));
  const painted = parsed.then(() => {
    if (!first?.words || !first.settings) return false;
    const { words } = first;
    const brings = first.settings.brings ?? null;
    // A word the first paint lacks: no half-worded home (app.js draws it instead).
    let complete = true;
    const text = (id) => {
      if (id in words) return words[id];
      complete = false;
      return '';
    };
    const container = document.getElementById('screen');
    drawHome(container, {
      text, choices: choices(brings, first.home), brings,
      choose: (c) => act({ kind: 'go', screen: c.screen, params: c.params }),
      answer: (value, status) => act({ kind: 'answer', value, status }),
    });
    if (!complete) {
      fill(container);
      delete container.dataset.screen;
      return false;
    }
    root.lang = first.lang;
    look(first.settings);
    for (const node of document.querySelectorAll('[data-l10n-id]')) {
      const id = node.getAttribute('data-l10n-id');
      if (id in words) node.textContent = words[id];
      for (const [key, value] of Object.entries(words)) {
        if (key.startsWith(`${id}.`)) node.setAttribute(key.slice(id.length + 1), value);
      }
    }
    showScreen(container);
    // Ready once this frame is painted; then the modules (held input is replayed when
    // app.js is live). A hidden window (started in the tray) paints no frame: at once.
    const afterFrame = (f) => (document.visibilityState === 'hidden' ? setTimeout(f, 0)
      : requestAnimationFrame(() => setTimeout(f, 0)));
    afterFrame(() => {
      invoke?.('ui_ready', { stage: 'painted' })?.catch(() => {});
      loadModules();
    });
    return true;
  }).catch(() => false);
  painted.then((done) => { if (!done) loadModules(); });

  /**
   * Whether the home painted first is the one page_start's answer `s` would draw: the
   * same language, order and answer to "what brings you here", and home the first screen.
   * (It differs only if the page was loaded again after something changed.)
   */
  function paintedFor(s) {
    const route = s.route;
    return !(route && (route.screen !== 'home' || route.pattern || route.minutes)) &&
      !s.notices?.length && first?.lang === s.words?.lang &&
      (first.settings.brings ?? null) === (s.settings?.brings ?? null) &&
      JSON.stringify(first.home) === JSON.stringify(s.home);
  }

  window.steady = { start, painted, paintedFor, events: EVENTS, modules: MODULES, screens, choices, paramsFor, el, fill, look, drawHome, showScreen, goLive };

  // The page stays unpainted until a first screen is drawn (styles.css). If that never
  // happens (a module failed to load), show whatever is there after a moment rather than
  // keep the window blank.
  setTimeout(() => root.classList.add('drawn'), 1500);
})();
