// Every word the page shows comes from here: the Fluent catalogue (assets/locales/<lang>/
// *.ftl), which the core sends with page_start's answer. Screens ask for a message by id:
// t('home-title'), attr('app-brand', 'aria-label'), or mark static HTML with
// data-l10n-id. A missing message never breaks a screen: its id is shown instead, and
// said once on the console, so a test or a developer finds it.
import { FluentBundle, FluentResource } from '../vendor/fluent-bundle/index.js';

// The pseudo-locale: every ASCII letter becomes an accented look-alike, so any visible
// text that did not come through the catalogue stands out (and an end-to-end test can
// find it).
const LOOK_ALIKE = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ƀ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ɱ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

/** The pseudo-locale's look: "Breathe" -> "Ƀŕéáţĥé". */
export function pseudo(text) {
  return String(text).replace(/[A-Za-z]/g, (c) => LOOK_ALIKE[c]);
}

// Attributes a message may set on an element through data-l10n-id: words a person sees
// or hears, never anything that changes what the element does.
const SPOKEN = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
  'title', 'placeholder', 'alt', 'label',
]);

let bundle = new FluentBundle('en', { useIsolating: false });
let current = 'en';
const said = new Set();

function sayOnce(what) {
  if (said.has(what)) return;
  said.add(what);
  console.error(`Steady words: ${what}`);
}

// The line where a message or term starts. Any other line must be blank, a comment, an
// indented continuation, or the closing brace or a variant of a select (which Fluent allows
// at the line's start); what is left is what the runtime parser skips silently.
const ENTRY_START = /^(-?[a-zA-Z][\w-]*) *=/;
const INSIDE_SELECT = /^(\}|\*?\[)/;

/**
 * Parses one FTL source. @fluent/bundle's parser skips what it cannot read without a
 * word, so this also lists the problems: lines it would skip, and entries it dropped.
 * Returns {resource, errors}, each error a sentence with a line number.
 */
export function parseWords(source, name = 'words') {
  const resource = new FluentResource(source);
  const parsed = new Set(resource.body.map((entry) => entry.id));
  const errors = [];
  source.split(/\r?\n/).forEach((line, i) => {
    if (line === '' || /^\s/.test(line) || line.startsWith('#') || INSIDE_SELECT.test(line)) return;
    const start = ENTRY_START.exec(line);
    if (!start) errors.push(`${name}:${i + 1}: not a message, a comment or an indented line: ${line}`);
    else if (!parsed.has(start[1])) errors.push(`${name}:${i + 1}: "${start[1]}" could not be read`);
  });
  return { resource, errors };
}

/**
 * Takes the catalogue from the core: `{lang, pseudo, resources}`, resources being FTL
 * sources. Builds the one bundle, says any problem on the console, and fills the page's
 * static words.
 */
export function setWords({ lang: tag = 'en', pseudo: pretend = false, resources = [] } = {}) {
  const next = new FluentBundle(tag, { useIsolating: false, transform: pretend ? pseudo : undefined });
  bundle = next;
  addWords({ resources });
  current = tag;
  said.clear();
  if (typeof document !== 'undefined') {
    document.documentElement.lang = tag;
    translatePage(document);
  }
}

/**
 * Adds more of the catalogue to the words in use: the core sends the first screen's
 * words with page_start and the rest after it is drawn (start-up time matters). The
 * catalogue is checked line by line by the tests (parseWords), not on every start.
 */
export function addWords({ resources = [] } = {}) {
  for (const source of resources) {
    for (const e of bundle.addResource(new FluentResource(String(source)))) console.error(`Steady words: ${e.message}`);
  }
}

/** The language tag of the words in use, for Intl formatting. */
export function lang() {
  return current;
}

function format(pattern, args, what) {
  const errors = [];
  const text = bundle.formatPattern(pattern, args ?? null, errors);
  if (errors.length) sayOnce(`${what}: ${errors.map((e) => e.message ?? String(e)).join('; ')}`);
  return text;
}

/** The words of message `id`, with `args` ({name: string | number | Date}). */
export function t(id, args) {
  const message = bundle.getMessage(id);
  if (!message || message.value == null) {
    sayOnce(`no message "${id}"`);
    return id;
  }
  return format(message.value, args, id);
}

/** The words of attribute `name` of message `id` (an aria-label, a placeholder, a title). */
export function attr(id, name, args) {
  const pattern = bundle.getMessage(id)?.attributes?.[name];
  if (pattern == null) {
    sayOnce(`no attribute "${name}" on message "${id}"`);
    return `${id}.${name}`;
  }
  return format(pattern, args, `${id}.${name}`);
}

/** Whether the catalogue has message `id`. */
export function has(id) {
  return bundle.hasMessage(id);
}

// Content from data placed into a sentence (a country's name, a line's keyword): kept
// apart by tNodes, in an element marked translate="no".
const DATA = Symbol('data');

/** Marks an argument of tNodes as content from data, never words of the catalogue. */
export function data(value) {
  return { [DATA]: String(value) };
}

/**
 * The words of message `id` as text and elements, for el(): each argument marked with
 * data() is in its own <span translate="no">, so the sentence's words and the data's can
 * be told apart (the pseudo-locale check skips the data).
 */
export function tNodes(id, args = {}) {
  const plain = {};
  const held = [];
  for (const [k, v] of Object.entries(args)) {
    if (v && typeof v === 'object' && DATA in v) {
      plain[k] = `\uE000${held.length}\uE001`;
      held.push(v[DATA]);
    } else {
      plain[k] = v;
    }
  }
  return t(id, plain).split(/\uE000(\d+)\uE001/).map((part, i) => {
    if (i % 2 === 0) return part;
    const span = document.createElement('span');
    span.setAttribute('translate', 'no');
    span.textContent = held[Number(part)];
    return span;
  }).filter((part) => part !== '');
}

/**
 * Fills every element under `root` (and `root` itself) that carries data-l10n-id (and
 * perhaps data-l10n-args, JSON): its text from the message's value, if it has one, and
 * its spoken attributes from the message's attributes.
 */
export function translatePage(root) {
  const marked = [...root.querySelectorAll('[data-l10n-id]')];
  if (root.nodeType === 1 && root.hasAttribute('data-l10n-id')) marked.unshift(root);
  for (const node of marked) {
    const id = node.getAttribute('data-l10n-id');
    let args;
    try {
      args = JSON.parse(node.getAttribute('data-l10n-args') ?? 'null') ?? undefined;
    } catch {
      sayOnce(`data-l10n-args of "${id}" is not JSON`);
    }
    const message = bundle.getMessage(id);
    if (!message) {
      sayOnce(`no message "${id}"`);
      node.textContent = id;
      continue;
    }
    if (message.value != null) node.textContent = format(message.value, args, id);
    for (const [name, pattern] of Object.entries(message.attributes ?? {})) {
      if (SPOKEN.has(name)) node.setAttribute(name, format(pattern, args, `${id}.${name}`));
      else sayOnce(`attribute "${name}" of "${id}" is not one a message may set`);
    }
  }
}

/**
 * Words for an error from the core, `{code, field?, reason?, args?}`: a refusal of input
 * (`invalid`) by its reason, anything else by its code. Never empty, never a dump.
 */
export function errorText(e) {
  const code = e && typeof e === 'object' ? e.code : null;
  const args = e && typeof e === 'object' && e.args && typeof e.args === 'object' ? e.args : undefined;
  if (code === 'invalid') {
    const id = `invalid-${e.reason}`;
    if (e.reason && has(id)) return t(id, args);
    if (e.reason) sayOnce(`no message "${id}"`);
    return t('error-invalid', args);
  }
  if (typeof code === 'string' && code && has(`error-${code}`)) return t(`error-${code}`, args);
  if (code) sayOnce(`no message "error-${code}"`);
  return t('error-unknown', args);
}

/** Words for a notice from the core, `{code, args?}`. */
export function noticeText(n) {
  const args = n?.args && typeof n.args === 'object' ? n.args : undefined;
  const id = `notice-${n?.code}`;
  if (has(id)) return t(id, args);
  sayOnce(`no message "${id}"`);
  return t('notice-unknown', args);
}
