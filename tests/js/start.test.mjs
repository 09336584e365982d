// The page's start (ui/start.js), under node's test runner with a small stand-in for the
// page: what a person does before the modules are live is held, in order, and handed to
// app.js; home's choices follow the core's order and the partner's own wave.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import vm from 'node:vm';

const source = readFileSync(new URL('../../ui/start.js', import.meta.url), 'utf8');

class Element {
  constructor(id = null) { this.id = id; }
  closest(selector) { return selector === `#${this.id}` ? this : null; }
}
class HTMLButtonElement extends Element {}

/**
 * Runs start.js in a stand-in page: `answer` is page_start's reply (none: no
 * core), `firstPaint` what the shell gave the window (none: home is not painted first).
 */
function startPage(answer, firstPaint) {
  const listeners = { keydown: [], click: [] };
  const document = {
    readyState: 'complete',
    documentElement: { dataset: {}, classList: { add() {} }, lang: '' },
    addEventListener(type, fn) { listeners[type]?.push(fn); },
    removeEventListener(type, fn) { listeners[type] = listeners[type]?.filter((f) => f !== fn); },
    // The screen's container: home is drawn into it, and emptied again if unfinished.
    getElementById: (id) => (id === 'screen' ? { dataset: {}, replaceChildren() {}, querySelector: () => null } : null),
    querySelectorAll: () => [],
    createTextNode: (text) => ({ text }),
    createElement: (tag) => ({ tag, attrs: {}, setAttribute(k, v) { this.attrs[k] = v; }, append() {}, addEventListener() {} }),
    head: { added: [], append(node) { this.added.push(node); } },
  };
  const invoke = async (cmd) => {
    if (cmd === 'page_start' && answer) return answer;
    throw new Error('no core');
  };
  const context = {
    document, Element, HTMLButtonElement, Node: Element, setTimeout: () => 0, requestAnimationFrame: () => 0,
    __TAURI__: answer ? { core: { invoke } } : undefined,
    steadyFirstPaint: firstPaint,
  };
  context.window = context;
  vm.runInNewContext(source, context);
  const fire = (type, fields) => {
    const event = {
      prevented: false, stopped: false, target: new Element(), ...fields,
      preventDefault() { this.prevented = true; },
      stopImmediatePropagation() { this.stopped = true; },
    };
    for (const f of listeners[type]) f(event);
    return event;
  };
  return { steady: context.steady, fire, head: document.head };
}

test('keys pressed before the page is live are held, then replayed in order', () => {
  const { steady, fire } = startPage();
  const b = fire('keydown', { key: 'b' });
  assert.ok(b.prevented && b.stopped, 'a held key does nothing else meanwhile');
  const f9 = fire('keydown', { key: 'F9' });
  assert.ok(f9.prevented);
  // Moving the focus works at once, and a button's own Enter becomes its (held) click.
  assert.equal(fire('keydown', { key: 'Tab' }).prevented, false);
  assert.equal(fire('keydown', { key: 'Enter', target: new HTMLButtonElement() }).prevented, false);
  fire('click', { target: new Element('help-now') });
  fire('click', { target: new Element('elsewhere') });

  const done = [];
  steady.goLive((action) => done.push(action));
  assert.deepEqual(done.map((a) => a.kind === 'key' ? a.key : a.screen), ['b', 'F9', 'help']);

  // Live: keys are app.js's own from now on, nothing more is held.
  assert.equal(fire('keydown', { key: 'g' }).prevented, false);
  assert.equal(done.length, 3);
});

test("home's choices follow the core's order for what brings the person", () => {
  const { steady } = startPage();
  const orders = { everyone: ['breathe', 'help', 'urge'], partner: ['urge', 'help', 'gone'] };
  assert.deepEqual(steady.choices(null, orders).map((c) => [c.screen, c.key]), [['breathe', 'B'], ['help', 'H'], ['urge', 'U']]);
  // A partner's wave is the urge to check, with its own title; unknown names are left out.
  const partner = steady.choices('partner', orders);
  assert.deepEqual(partner.map((c) => c.screen), ['urge', 'help']);
  assert.equal(partner[0].title, 'app-screen-urge-check');
  assert.deepEqual({ ...partner[0].params }, { variant: 'check' });
  assert.equal(steady.choices('recovery', orders)[0].title, 'app-screen-breathe');
  // With no order from the core, every titled screen, in the registry's order.
  assert.ok(steady.choices(null, null).length > 5);
});

test('home painted first is taken over only if the core would draw the same home', async () => {
  const home = { everyone: ['breathe', 'help'], partner: ['help', 'breathe'] };
  const first = { lang: 'en', settings: { brings: null }, home, words: {} };
  // Words missing from the first paint: no half-worded home.
  assert.equal(await startPage(undefined, first).steady.painted, false);
  // Nothing given to the window (another screen first, a notice): nothing painted, and
  // the modules are asked for at once, app.js among them.
  const bare = startPage();
  assert.equal(await bare.steady.painted, false);
  await new Promise((r) => setImmediate(r));
  assert.ok(bare.head.added.some((n) => n.tag === 'script' && n.attrs.src === 'app.js' && n.attrs.type === 'module'));

  const { paintedFor } = startPage(undefined, first).steady;
  const answer = { route: { screen: 'home' }, notices: [], words: { lang: 'en' }, settings: { brings: null }, home };
  assert.equal(paintedFor(answer), true);
  assert.equal(paintedFor({ ...answer, route: null }), true);
  // Anything else is drawn again by app.js: the page was loaded again after a change.
  assert.equal(paintedFor({ ...answer, route: { screen: 'breathe' } }), false);
  assert.equal(paintedFor({ ...answer, route: { screen: 'home', minutes: 3 } }), false);
  assert.equal(paintedFor({ ...answer, notices: [{ code: 'read_only' }] }), false);
  assert.equal(paintedFor({ ...answer, words: { lang: 'de' } }), false);
  assert.equal(paintedFor({ ...answer, settings: { brings: 'partner' } }), false);
  assert.equal(paintedFor({ ...answer, home: { ...home, everyone: ['help'] } }), false);
  // With nothing painted, nothing is taken over.
  assert.equal(startPage().steady.paintedFor(answer), false);
});

test('every event the shell sends is listened to from the start and handled by app.js', () => {
  const { steady } = startPage();
  const listened = [...steady.events].sort();
  const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
  const handled = [...read('ui/app.js').matchAll(/^ {2}'(steady:\/\/[a-z-]+)':/gm)].map((m) => m[1]).sort();
  const shell = readdirSync(new URL('../../src-tauri/src', import.meta.url), { recursive: true })
    .filter((f) => f.endsWith('.rs'));
  const sent = [...new Set(shell.flatMap((f) => [...read(`src-tauri/src/${f}`).matchAll(/"(steady:\/\/[a-z-]+)"/g)].map((m) => m[1])))].sort();
  assert.ok(sent.length >= 4, `the shell's events were not found: ${sent}`);
  assert.deepEqual(listened, sent);
  assert.deepEqual(handled, sent);
});

test('the modules asked for with app.js are exactly those it imports at once', () => {
  const { steady } = startPage();
  const imports = (file) => [...readFileSync(new URL(`../../ui/${file}`, import.meta.url), 'utf8')
    .matchAll(/^(?:import|export) [^;]*? from ['"]([^'"]+)['"];/gms)].map((m) => new URL(m[1], `file:///${file}`).pathname.slice(1));
  const seen = new Set();
  const walk = (file) => { for (const f of imports(file)) if (!seen.has(f)) { seen.add(f); walk(f); } };
  walk('app.js');
  assert.deepEqual([...steady.modules].sort(), [...seen].sort());
});
