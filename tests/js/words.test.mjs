// The page's words: every one a person sees comes from the Fluent catalogue
// (assets/locales/en/*.ftl). These tests read the catalogue with the vendored
// @fluent/bundle, and the page's own files as text:
// 1. every catalogue file parses, and no id is defined twice;
// 2. every id the page asks for exists (t(), attr(), tNodes(), data-l10n-id, the registry);
// 3. every message is asked for somewhere (ids built from a code are exempt);
// 4. the pseudo-locale leaves no ASCII letter in any message of the catalogue's own;
// 5. no visible English is left in the page's JS or index.html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import { FluentBundle, FluentResource } from '../../ui/vendor/fluent-bundle/index.js';
import { parseWords, pseudo } from '../../ui/lib/words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const UI = join(ROOT, 'ui');
const CATALOGUE = join(ROOT, 'assets', 'locales', 'en');
// Ids built from a code at run time (errorText, noticeText): never literal in the page.
// ...and the words of each kind of breathing phase, by the kind's code (core/tests/catalogue.rs
// checks every kind has them).
// The reminder's steps and the own lists are named by the core's codes too
// (core/tests/catalogue.rs checks each code has its words).
const BUILT_FROM_CODES = ['error-', 'notice-', 'invalid-', 'breathe-phase-', 'breathe-own-part-', 'patterns-part-',
  'reminder-name-', 'reminder-now-', 'reminder-body-', 'reminder-choose-',
  'lists-true_sentences-', 'lists-next_session-', 'lists-moments-', 'lists-play_forward-', 'lists-close_calls-', 'urge-halt-',
  'close-happened-', 'close-helped-', 'close-next-', 'close-tell-'];
// Words the shell says, not the page (the tray, the terminal), and built-in content's words,
// which the core fills into the content it sends (core/src/content): core/tests/catalogue.rs,
// the content module's tests and the shell's own tests check those are used and complete.
const SHELL_WORDS = ['tray-', 'cli-', 'content-'];
// Attributes and option keys whose value a person sees or hears.
const SPOKEN_KEYS = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder',
  'title', 'placeholder', 'alt', 'label', 'legend', 'scale',
]);

const rel = (path) => relative(ROOT, path);

// ------------------------------------------------------------------ the catalogue

function loadCatalogue() {
  const files = readdirSync(CATALOGUE).filter((f) => f.endsWith('.ftl')).sort();
  const problems = [];
  const where = new Map(); // id -> file
  const messages = new Map(); // message id -> {file, entry}
  const sources = [];
  for (const file of files) {
    const source = readFileSync(join(CATALOGUE, file), 'utf8');
    sources.push(source);
    const { resource, errors } = parseWords(source, file);
    problems.push(...errors);
    for (const entry of resource.body) {
      if (where.has(entry.id)) problems.push(`${file}: "${entry.id}" is also defined in ${where.get(entry.id)}`);
      else where.set(entry.id, file);
      if (!entry.id.startsWith('-')) messages.set(entry.id, { file, entry });
    }
  }
  return { files, problems, messages, sources };
}

const catalogue = loadCatalogue();

function bundleOf(sources, options = {}) {
  const bundle = new FluentBundle('en', { useIsolating: false, ...options });
  for (const source of sources) bundle.addResource(new FluentResource(source), { allowOverrides: true });
  return bundle;
}

// ------------------------------------------------------------------ the page's JS, as tokens

/**
 * A small JavaScript lexer: identifiers, numbers, strings, template literals (their
 * text, then their expressions inside synthetic parentheses), regular expressions and
 * punctuation, each with its line. Comments are dropped.
 */
function tokenize(src) {
  const PUNCT = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '?.', '??', '=>',
    '==', '!=', '<=', '>=', '&&', '||', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>'];
  const BEFORE_REGEX = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void',
    'throw', 'instanceof', 'yield', 'await']);
  const tokens = [];
  let i = 0;
  let line = 1;
  const push = (type, value, at = line) => tokens.push({ type, value, line: at });
  const regexMayStart = () => {
    const p = tokens.at(-1);
    if (!p) return true;
    if (p.type === 'id') return BEFORE_REGEX.has(p.value);
    if (p.type === 'punc') return ![')', ']', '}'].includes(p.value);
    return false;
  };

  function lex(untilBrace) {
    let depth = 0;
    while (i < src.length) {
      const c = src[i];
      if (c === '\n') { line += 1; i += 1; continue; }
      if (/\s/.test(c)) { i += 1; continue; }
      if (c === '/' && src[i + 1] === '/') { while (i < src.length && src[i] !== '\n') i += 1; continue; }
      if (c === '/' && src[i + 1] === '*') {
        const end = src.indexOf('*/', i + 2);
        const stop = end < 0 ? src.length : end + 2;
        line += (src.slice(i, stop).match(/\n/g) ?? []).length;
        i = stop;
        continue;
      }
      if (c === '\'' || c === '"') {
        const at = line;
        let value = '';
        i += 1;
        while (i < src.length && src[i] !== c) {
          if (src[i] === '\\') { value += src[i + 1]; i += 2; continue; }
          if (src[i] === '\n') line += 1;
          value += src[i];
          i += 1;
        }
        i += 1;
        push('str', value, at);
        continue;
      }
      if (c === '`') { template(); continue; }
      if (c === '/' && regexMayStart()) {
        let inClass = false;
        i += 1;
        while (i < src.length && (inClass || src[i] !== '/')) {
          if (src[i] === '\\') i += 1;
          else if (src[i] === '[') inClass = true;
          else if (src[i] === ']') inClass = false;
          i += 1;
        }
        i += 1;
        while (/[a-z]/i.test(src[i] ?? '')) i += 1;
        push('regex', '');
        continue;
      }
      const word = /^[A-Za-z_$][\w$]*/.exec(src.slice(i, i + 200));
      if (word) { push('id', word[0]); i += word[0].length; continue; }
      const num = /^(?:0[xob][\da-f_]+|\d[\d_]*(?:\.\d+)?(?:e[+-]?\d+)?|\.\d+)n?/i.exec(src.slice(i, i + 100));
      if (num) { push('num', num[0]); i += num[0].length; continue; }
      if (untilBrace && c === '}' && depth === 0) { i += 1; return; }
      if (c === '{') depth += 1;
      if (c === '}') depth -= 1;
      const p = PUNCT.find((x) => src.startsWith(x, i)) ?? c;
      push('punc', p);
      i += p.length;
    }
  }

  function template() {
    const at = line;
    const parts = [];
    let text = '';
    i += 1;
    const exprs = [];
    while (i < src.length && src[i] !== '`') {
      if (src[i] === '\\') { text += src[i + 1]; i += 2; continue; }
      if (src[i] === '$' && src[i + 1] === '{') {
        parts.push(text);
        text = '';
        i += 2;
        const before = tokens.length;
        lex(true);
        exprs.push(tokens.splice(before));
        continue;
      }
      if (src[i] === '\n') line += 1;
      text += src[i];
      i += 1;
    }
    i += 1;
    parts.push(text);
    push('tpl', parts.join(' '), at);
    if (exprs.length) {
      push('punc', '(', at);
      exprs.forEach((e, k) => {
        if (k) push('punc', ',', at);
        tokens.push(...e);
      });
      push('punc', ')', at);
    }
  }

  lex(false);
  return tokens;
}

/** The arguments of the call whose `(` is at `open`: each a list of {tk, k, paren, other}. */
function callArgs(tokens, open) {
  const args = [[]];
  let paren = 0;
  let other = 0;
  for (let k = open + 1; k < tokens.length; k += 1) {
    const tk = tokens[k];
    if (tk.type === 'punc') {
      if (tk.value === '(') paren += 1;
      else if (tk.value === ')') {
        if (paren === 0) return { args: args.filter((a, n) => a.length || n < args.length - 1), end: k };
        paren -= 1;
      } else if (tk.value === '[' || tk.value === '{') other += 1;
      else if (tk.value === ']' || tk.value === '}') other -= 1;
      else if (tk.value === ',' && paren === 0 && other === 0) { args.push([]); continue; }
    }
    args.at(-1).push({ tk, k, paren, other });
  }
  return { args, end: tokens.length };
}

function isComparison(tokens, k) {
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  const cmp = (t) => t?.type === 'punc' && ['===', '!==', '==', '!=', '<', '>', '<=', '>='].includes(t.value);
  if (cmp(prev) || cmp(next)) return true;
  if (next?.type === 'id' && next.value === 'in') return true;
  // obj['key'] and a case label.
  const before = tokens[k - 2];
  if (prev?.type === 'punc' && prev.value === '[' && before && (before.type === 'id' || [')', ']'].includes(before.value))) return true;
  if (prev?.type === 'id' && prev.value === 'case') return true;
  return false;
}

const LETTERS = /[A-Za-z]{2,}/;
const MESSAGE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9_]+)+$/;

function isWords(tk) {
  if (tk.type !== 'str' && tk.type !== 'tpl') return false;
  if (tk.type === 'str' && MESSAGE_ID.test(tk.value)) return false;
  return LETTERS.test(tk.value);
}

/** For each bracket token's index, the index of its partner. */
function partners(tokens) {
  const match = new Map();
  const open = [];
  tokens.forEach((tk, k) => {
    if (tk.type !== 'punc') return;
    if (['(', '[', '{'].includes(tk.value)) open.push(k);
    else if ([')', ']', '}'].includes(tk.value) && open.length) {
      const o = open.pop();
      match.set(o, k);
      match.set(k, o);
    }
  });
  return match;
}

/**
 * Literal text in `part` (one argument, from callArgs) that would be shown: not inside a
 * nested call, not in an object, not in an array that is only a receiver
 * (`[['json', ...]].map(...)`), not compared, not a key.
 */
function wordsIn(tokens, part) {
  const match = tokens.partners ?? (tokens.partners = partners(tokens));
  const first = part[0]?.k ?? 0;
  const shown = (k) => {
    // Walk out through the brackets around k that open inside this argument.
    let depth = 0;
    for (let j = k - 1; j >= first; j -= 1) {
      const v = tokens[j].type === 'punc' ? tokens[j].value : null;
      if (v === ')' || v === ']' || v === '}') depth += 1;
      else if (v === '(' || v === '[' || v === '{') {
        if (depth > 0) { depth -= 1; continue; }
        if (v === '(' || v === '{') return false;
        const after = tokens[(match.get(j) ?? tokens.length) + 1]?.value;
        if (after === '.' || after === '?.' || after === '[') return false;
      }
    }
    return true;
  };
  return part.filter((p) => p.paren === 0 && isWords(p.tk) && !isComparison(tokens, p.k) && shown(p.k)
    // A key of an object literal is not text.
    && !(tokens[p.k + 1]?.value === ':' && ['{', ','].includes(tokens[p.k - 1]?.value)));
}

/** Every place in one JS file where English would reach the screen or a screen reader. */
function visibleEnglish(src) {
  const tokens = tokenize(src);
  const found = [];
  const add = (tk, how) => found.push(`${tk.line}: ${how}: ${JSON.stringify(tk.value)}`);
  const CHILDREN_FROM = { el: 2, fill: 1, append: 0, prepend: 0, replaceChildren: 0, createTextNode: 0 };
  const FIRST_ARG = new Set(['announce', 'alert', 'confirm', 'prompt']);
  tokens.forEach((tk, k) => {
    if (tk.type !== 'id') return;
    let open = k + 1;
    if (tokens[open]?.value === '?.') open += 1;
    const isCall = tokens[open]?.value === '(' && tokens[k - 1]?.value !== 'function';
    if (isCall && tk.value in CHILDREN_FROM) {
      const { args } = callArgs(tokens, open);
      args.slice(CHILDREN_FROM[tk.value]).forEach((arg) => {
        for (const p of wordsIn(tokens, arg)) add(p.tk, `${tk.value}() text`);
      });
    }
    if (isCall && FIRST_ARG.has(tk.value)) {
      const { args } = callArgs(tokens, open);
      for (const p of wordsIn(tokens, args[0] ?? [])) add(p.tk, `${tk.value}()`);
    }
    if (isCall && tk.value === 'setAttribute') {
      const { args } = callArgs(tokens, open);
      const name = args[0]?.length === 1 ? args[0][0].tk : null;
      if (name?.type === 'str' && SPOKEN_KEYS.has(name.value)) {
        for (const p of wordsIn(tokens, args[1] ?? [])) add(p.tk, `setAttribute('${name.value}')`);
      }
    }
    // node.textContent = ..., node.innerText = ...
    if (['textContent', 'innerText'].includes(tk.value) && tokens[k - 1]?.value === '.'
      && tokens[k + 1]?.value === '=') {
      let paren = 0;
      let other = 0;
      for (let j = k + 2; j < tokens.length; j += 1) {
        const t = tokens[j];
        if (t.type === 'punc') {
          if (['(', '['].includes(t.value) || t.value === '{') { if (t.value === '(') paren += 1; else other += 1; continue; }
          if ([')', ']', '}'].includes(t.value)) {
            if (t.value === ')') paren -= 1; else other -= 1;
            if (paren < 0 || other < 0) break;
            continue;
          }
          if ((t.value === ';' || t.value === ',') && paren === 0 && other === 0) break;
        }
        if (paren === 0 && isWords(t) && !isComparison(tokens, j)) add(t, `${tk.value} =`);
      }
    }
  });
  // Spoken keys of any object literal: el()'s attributes, and options such as a button's
  // label or a rating's legend.
  tokens.forEach((tk, k) => {
    const key = tk.type === 'id' || tk.type === 'str' ? tk.value : null;
    if (!key || !SPOKEN_KEYS.has(key)) return;
    if (tokens[k + 1]?.value !== ':' || !['{', ','].includes(tokens[k - 1]?.value)) return;
    let paren = 0;
    let other = 0;
    for (let j = k + 2; j < tokens.length; j += 1) {
      const t = tokens[j];
      if (t.type === 'punc') {
        if (t.value === '(') { paren += 1; continue; }
        if (t.value === '[' || t.value === '{') { other += 1; continue; }
        if (t.value === ')') { paren -= 1; if (paren < 0) break; continue; }
        if (t.value === ']' || t.value === '}') { other -= 1; if (other < 0) break; continue; }
        if (t.value === ',' && paren === 0 && other === 0) break;
      }
      if (paren === 0 && isWords(t) && !isComparison(tokens, j)) add(t, `${key}:`);
    }
  });
  return [...new Set(found)];
}

// ------------------------------------------------------------------ the page's files

function uiFiles(dir = UI) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(UI, 'vendor') && entry.name !== 'node_modules') out.push(...uiFiles(path));
    } else if (entry.name.endsWith('.js')) {
      out.push(path);
    }
  }
  return out.sort();
}

const jsFiles = uiFiles();
const html = readFileSync(join(UI, 'index.html'), 'utf8');

/** Ids the page asks for by name: [{file, line, id, attr?}]. */
function askedFor() {
  const asked = [];
  for (const path of jsFiles) {
    const tokens = tokenize(readFileSync(path, 'utf8'));
    tokens.forEach((tk, k) => {
      if (tk.type === 'id' && ['t', 'attr', 'tNodes'].includes(tk.value) && tokens[k + 1]?.value === '('
        && tokens[k - 1]?.value !== '.' && tokens[k - 1]?.value !== 'function') {
        const first = tokens[k + 2];
        if (first?.type !== 'str') return;
        const ask = { file: rel(path), line: first.line, id: first.value };
        if (tk.value === 'attr' && tokens[k + 3]?.value === ',' && tokens[k + 4]?.type === 'str') ask.attr = tokens[k + 4].value;
        asked.push(ask);
      }
      // 'data-l10n-id': 'id' in el()'s attributes.
      if (tk.type === 'str' && tk.value === 'data-l10n-id' && tokens[k + 1]?.value === ':' && tokens[k + 2]?.type === 'str') {
        asked.push({ file: rel(path), line: tokens[k + 2].line, id: tokens[k + 2].value });
      }
    });
    // The screen registry: home's titles and abouts are message ids.
    if (path === join(UI, 'app.js')) {
      tokens.forEach((tk, k) => {
        if (tk.type === 'id' && ['title', 'about'].includes(tk.value) && tokens[k + 1]?.value === ':'
          && tokens[k + 2]?.type === 'str') {
          asked.push({ file: rel(path), line: tokens[k + 2].line, id: tokens[k + 2].value });
        }
      });
    }
  }
  html.split('\n').forEach((text, n) => {
    for (const m of text.matchAll(/data-l10n-id\s*=\s*"([^"]+)"/g)) asked.push({ file: 'ui/index.html', line: n + 1, id: m[1] });
  });
  return asked;
}

// ------------------------------------------------------------------ 1. the catalogue parses

test('every catalogue file parses, and no id is defined twice', () => {
  assert.ok(catalogue.files.length > 0, 'assets/locales/en holds .ftl files');
  assert.deepEqual(catalogue.problems, []);
  // What the runtime parser skips without a word is caught (a check of the check).
  const { errors } = parseWords('good = Fine\nbad = { $n ->\n    [one] x\n}\nstray line\n', 'sample.ftl');
  assert.equal(errors.length, 2, errors.join('\n'));
  // Every message is well formed: a value or at least one attribute.
  for (const [id, { file, entry }] of catalogue.messages) {
    assert.ok(entry.value != null || Object.keys(entry.attributes).length, `${file}: ${id} has no words`);
    assert.match(id, /^[a-z][a-z0-9]*(-[a-z0-9_]+)+$/, `${file}: ${id} is not a kebab-case id`);
    const area = file.replace(/\.ftl$/, '');
    const prefix = { errors: 'error', notices: 'notice' }[area] ?? area;
    assert.ok(id.startsWith(`${prefix}-`) || id.startsWith('invalid-'), `${file}: ${id} does not start with "${prefix}-"`);
  }
});

// ------------------------------------------------------------------ 2. every id asked for exists

test('every message the page asks for is in the catalogue', () => {
  const bundle = bundleOf(catalogue.sources);
  const missing = [];
  for (const a of askedFor()) {
    if (!bundle.hasMessage(a.id)) missing.push(`${a.file}:${a.line}: no message "${a.id}"`);
    else if (a.attr && !(a.attr in bundle.getMessage(a.id).attributes)) {
      missing.push(`${a.file}:${a.line}: message "${a.id}" has no attribute "${a.attr}"`);
    }
  }
  assert.deepEqual(missing, []);
});

// ------------------------------------------------------------------ 3. every message is used

test('every message in the catalogue is used somewhere', () => {
  const used = new Set(askedFor().map((a) => a.id));
  // Any string in the page equal to an id is a use (an id chosen by a condition, kept in
  // a constant, or passed on).
  for (const path of jsFiles) {
    for (const tk of tokenize(readFileSync(path, 'utf8'))) if (tk.type === 'str') used.add(tk.value);
  }
  const unused = [...catalogue.messages]
    .filter(([id]) => !used.has(id) && ![...BUILT_FROM_CODES, ...SHELL_WORDS].some((p) => id.startsWith(p)))
    .map(([id, { file }]) => `${file}: ${id}`);
  assert.deepEqual(unused, []);
});

// ------------------------------------------------------------------ 4. the pseudo-locale

/** The variables a pattern uses, each with the values worth trying (select keys). */
function variablesOf(pattern, bundle, found = new Map(), seen = new Set()) {
  const visit = (node) => {
    if (node == null || typeof node === 'string') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    switch (node.type) {
      case 'var':
        if (!found.has(node.name)) found.set(node.name, new Set());
        break;
      case 'select':
        visit(node.selector);
        if (node.selector.type === 'var') {
          for (const v of node.variants) found.get(node.selector.name).add(v.key.value);
        }
        node.variants.forEach((v) => visit(v.value));
        break;
      case 'func':
        node.args.forEach(visit);
        break;
      case 'narg':
        visit(node.value);
        break;
      case 'mesg': {
        if (seen.has(node.name)) break;
        seen.add(node.name);
        const m = bundle.getMessage(node.name);
        if (m) visit(node.attr ? m.attributes[node.attr] : m.value);
        break;
      }
      default:
    }
  };
  visit(pattern);
  return found;
}

/** String literals in a pattern's placeables: names that stay as they are in any language. */
function literalsOf(pattern, out = []) {
  const visit = (node) => {
    if (node == null || typeof node === 'string') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (node.type === 'str') out.push(node.value);
    if (node.type === 'select') { visit(node.selector); node.variants.forEach((v) => visit(v.value)); }
  };
  visit(pattern);
  return out;
}

test('the pseudo-locale turns every letter of the catalogue into a look-alike', () => {
  assert.equal(pseudo('Breathe, slowly. ABC xyz 123'), 'Ƀŕéáţĥé, šļóŵļý. ÁɃÇ ẋýž 123');
  assert.doesNotMatch(pseudo('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'), /[A-Za-z]/);
  const bundle = bundleOf(catalogue.sources, { transform: pseudo });
  const problems = [];
  for (const [id, { file }] of catalogue.messages) {
    const m = bundle.getMessage(id);
    const patterns = [[id, m.value], ...Object.entries(m.attributes).map(([a, p]) => [`${id}.${a}`, p])];
    for (const [name, pattern] of patterns) {
      if (pattern == null) continue;
      const vars = variablesOf(pattern, bundle);
      // Letter-free values: a count for a plural, a dot for text; then each variant in turn
      // (a plural category by a number in it, any other key by itself).
      const CATEGORY = { zero: 0, one: 1, two: 2, few: 3, many: 11, other: 5 };
      const plural = (keys) => [...keys].some((k) => typeof k === 'number' || k in CATEGORY);
      const base = Object.fromEntries([...vars].map(([v, keys]) => [v, plural(keys) ? 3 : '·']));
      const runs = [base];
      for (const [v, keys] of vars) {
        for (const key of keys) runs.push({ ...base, [v]: key in CATEGORY ? CATEGORY[key] : key });
        runs.push({ ...base, [v]: 1 });
      }
      for (const args of runs) {
        const errors = [];
        let text = bundle.formatPattern(pattern, args, errors);
        // Letters an argument brought in (a select key, when it is also shown) are not the catalogue's.
        for (const value of Object.values(args)) if (typeof value === 'string' && value.length > 1) text = text.split(value).join('');
        // So are names written as string literals ({ "STEADY_DATA_DIR" }): kept as they are on purpose.
        for (const lit of literalsOf(pattern)) text = text.split(lit).join('');
        if (errors.length) problems.push(`${file}: ${name} with ${JSON.stringify(args)}: ${errors.map((e) => e.message).join('; ')}`);
        if (/[A-Za-z]/.test(text)) problems.push(`${file}: ${name} with ${JSON.stringify(args)}: ${JSON.stringify(text)}`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

// ------------------------------------------------------------------ 5. no English left

test('the scan for visible English finds what it should, and only that', () => {
  const sample = [
    "el('p', { class: 'muted', id: 'x-y' }, 'Hello there');",
    "el('button', { 'aria-label': `Move ${name} up` }, t('ground-shape-up'));",
    "node.textContent = ok ? 'Saved.' : t('x-y');",
    "node.setAttribute('title', 'Pick one');",
    "ctx.announce('Copied.');",
    "el('p', {}, kind === 'call' ? t('a-b') : t('c-d'), ' · ', `${n} · ${m}`);",
    "el('span', {}, items.join(', '), obj['name']);",
    "rating(t('ground-rating-before'), undefined, { legend: 'How strong?' });",
    "el('p', {}, ...[['json', t('a-b')]].map(([f, l]) => el('b', {}, l)), ['Two words']);",
  ].join('\n');
  const found = visibleEnglish(sample).map((f) => f.split(':')[0] + ':' + f.split(': ').at(-1));
  assert.deepEqual(found, ['1:"Hello there"', '3:"Saved."', '4:"Pick one"', '5:"Copied."', '9:"Two words"', '2:"Move   up"', '8:"How strong?"']);
});

for (const path of jsFiles) {
  test(`no visible English left in ${rel(path)}`, () => {
    const found = visibleEnglish(readFileSync(path, 'utf8')).map((f) => `${rel(path)}:${f}`);
    assert.deepEqual(found, []);
  });
}

test('no visible English left in ui/index.html', () => {
  const found = [];
  // Script and style bodies blanked, keeping every line where it is.
  const bare = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, (m) => m.replace(/[^\n]/g, ' '));
  const lineOf = (at) => bare.slice(0, at).split('\n').length;
  // Text between tags, and spoken attributes.
  for (const m of bare.matchAll(/>([^<]+)</g)) {
    if (LETTERS.test(m[1])) found.push(`ui/index.html:${lineOf(m.index + 1 + m[1].search(/\S/))}: ${m[1].trim()}`);
  }
  for (const m of bare.matchAll(/\s([\w-]+)="([^"]*)"/g)) {
    if (SPOKEN_KEYS.has(m[1]) && LETTERS.test(m[2])) found.push(`ui/index.html:${lineOf(m.index + 1)}: ${m[1]}="${m[2]}"`);
  }
  assert.deepEqual(found, []);
});

// ------------------------------------------------------------------ lib/words.js itself

/** Just enough of a DOM for words.js: elements with attributes and text. */
function fakeDocument(elements) {
  const element = (attrs = {}) => ({
    nodeType: 1,
    attrs: new Map(Object.entries(attrs)),
    textContent: '',
    getAttribute(n) { return this.attrs.has(n) ? this.attrs.get(n) : null; },
    hasAttribute(n) { return this.attrs.has(n); },
    setAttribute(n, v) { this.attrs.set(n, String(v)); },
    querySelectorAll: () => [],
  });
  const nodes = elements.map(element);
  return {
    nodes,
    documentElement: { lang: '' },
    querySelectorAll: (selector) => (selector === '[data-l10n-id]' ? nodes.filter((n) => n.hasAttribute('data-l10n-id')) : []),
    createElement: () => element(),
  };
}

test('words.js: setWords, t, attr, translatePage, tNodes, errorText, noticeText, lang', async (ctx) => {
  const words = await import('../../ui/lib/words.js');
  const said = ctx.mock.method(console, 'error', () => {});
  const doc = fakeDocument([
    { 'data-l10n-id': 'app-brand' },
    { 'data-l10n-id': 'home-title', onclick: 'x' },
    { 'data-l10n-id': 'no-such-message' },
  ]);
  globalThis.document = doc;
  try {
    words.setWords({ lang: 'en', pseudo: false, resources: [...catalogue.sources, 'test-broken = { $n ->\n'] });
    assert.equal(doc.documentElement.lang, 'en');
    assert.equal(words.lang(), 'en');
    // A broken entry costs only itself at run time; the catalogue tests find it by line.
    assert.ok(words.parseWords('test-broken = { $n ->\n').errors.some((e) => e.includes('test-broken')), 'a parse error is found');

    // The static page.
    assert.equal(doc.nodes[0].textContent, 'Steady');
    assert.equal(doc.nodes[0].getAttribute('aria-label'), 'Steady, home');
    assert.equal(doc.nodes[1].textContent, 'You are here. Take your time.');
    assert.equal(doc.nodes[2].textContent, 'no-such-message');

    // Messages, attributes, and a missing one said once.
    assert.equal(words.t('ground-step', { n: 2, total: 9 }), 'Step 2 of 9');
    assert.equal(words.attr('ground-shape-up', 'aria-label', { name: 'Feet' }), 'Move Feet up');
    const before = said.mock.callCount();
    assert.equal(words.t('nowhere-at-all'), 'nowhere-at-all');
    assert.equal(words.t('nowhere-at-all'), 'nowhere-at-all');
    assert.equal(said.mock.callCount(), before + 1);
    assert.equal(words.attr('ground-shape-up', 'title'), 'ground-shape-up.title');
    assert.equal(words.t('ground-shape-own-label-most', { most: 2000 }), 'What to do (up to 2,000 characters)');
    assert.equal(words.t('ground-shape-own-label-most', { most: 1 }), 'What to do (up to 1 character)');

    // Data in a sentence is kept apart.
    const parts = words.tNodes('help-lines-title-in', { country: words.data('Ireland') });
    assert.equal(parts[0], 'Crisis lines in ');
    assert.equal(parts[1].getAttribute('translate'), 'no');
    assert.equal(parts[1].textContent, 'Ireland');

    // Errors and notices from the core.
    assert.match(words.errorText({ code: 'disk_full', args: { doc: 'plan' } }), /^The disk is full, so your safety plan could not be saved\./);
    assert.match(words.errorText({ code: 'disk_full' }), /^The disk is full, so what you changed could not be saved\./);
    assert.equal(words.errorText({ code: 'invalid', reason: 'no_such_reason', field: 'x' }), words.t('error-invalid'));
    assert.equal(words.errorText({ code: 'invalid' }), words.t('error-invalid'));
    assert.equal(words.errorText({ code: 'from_the_future' }), words.t('error-unknown'));
    assert.equal(words.errorText('a string'), words.t('error-unknown'));
    assert.equal(words.errorText(null), words.t('error-unknown'));
    assert.equal(words.errorText({ code: 'no_core' }), words.t('error-no_core'));
    assert.match(words.noticeText({ code: 'set_aside', args: { doc: 'settings', kept_as: 'settings.corrupt-1.json' } }),
      /^Steady could not read your settings\. The file is kept, unchanged, as settings\.corrupt-1\.json in/);
    assert.equal(words.noticeText({ code: 'read_only' }), words.t('notice-read_only'));
    assert.equal(words.noticeText({ code: 'from_the_future' }), words.t('notice-unknown'));

    // The pseudo-locale: the catalogue's letters change, an argument's do not.
    words.setWords({ lang: 'en', pseudo: true, resources: catalogue.sources });
    assert.equal(words.t('ground-title'), 'Ĝŕóúñð');
    assert.equal(words.t('help-lines-title-in', { country: 'Ireland' }), 'Çŕíšíš ļíñéš íñ Ireland');
    assert.equal(doc.nodes[0].textContent, 'Šţéáðý');
  } finally {
    delete globalThis.document;
    words.setWords({ lang: 'en', resources: [] });
  }
});

test('every code the core can send has words', () => {
  const bundle = bundleOf(catalogue.sources);
  // core/src/error.rs, enum Code (snake_case), and what the page adds.
  const codes = ['invalid', 'locked', 'newer_version', 'kept_unreadable', 'disk_full', 'read_only', 'io', 'encode',
    'no_data_dir', 'data_dir', 'already_running', 'no_phone_app', 'unsupported', 'damaged', 'path', 'print',
    'shortcut_unavailable', 'unknown', 'no_core', 'screen'];
  assert.deepEqual(codes.filter((c) => !bundle.hasMessage(`error-${c}`)), []);
  const notices = ['set_aside', 'left_alone', 'newer_version', 'repaired', 'read_only', 'folder_tightened', 'unknown'];
  assert.deepEqual(notices.filter((c) => !bundle.hasMessage(`notice-${c}`)), []);
  // Every code of the core's own is checked against this catalogue by core/tests/catalogue.rs.
});
