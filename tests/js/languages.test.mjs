// Every language is complete, and no more than complete: each folder under assets/locales
// holds the same .ftl files as English, with the same messages, the same attributes, no
// variable English does not pass, every message formats without an error for any plural
// count, and its directory words (crisis-lines.json) name exactly the entries the
// directory has. English is the source; the others are measured against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { FluentBundle, FluentResource } from '../../ui/vendor/fluent-bundle/index.js';
import { parseWords } from '../../ui/lib/words.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LOCALES = join(ROOT, 'assets', 'locales');
const ENGLISH = 'en';
const languages = readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== ENGLISH)
  .map((d) => d.name)
  .sort();

function ftlFiles(lang) {
  return readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.ftl')).sort();
}

/** Every message of a language: id -> {file, entry}, and any parse problems. */
function load(lang) {
  const messages = new Map();
  const problems = [];
  const sources = [];
  for (const file of ftlFiles(lang)) {
    const source = readFileSync(join(LOCALES, lang, file), 'utf8');
    sources.push(source);
    const { resource, errors } = parseWords(source, `${lang}/${file}`);
    problems.push(...errors);
    for (const entry of resource.body) {
      if (messages.has(entry.id)) problems.push(`${lang}/${file}: "${entry.id}" is also in ${messages.get(entry.id).file}`);
      else messages.set(entry.id, { file, entry });
    }
  }
  return { messages, problems, sources };
}

/** The variables a pattern names, and whether each is the selector of a select. */
function variables(pattern, out = new Set()) {
  const visit = (node) => {
    if (node == null || typeof node === 'string') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    if (node.type === 'var') out.add(node.name);
    if (node.type === 'select') { visit(node.selector); node.variants.forEach((v) => visit(v.value)); }
    if (node.type === 'func') node.args.forEach(visit);
    if (node.type === 'narg') visit(node.value);
  };
  visit(pattern);
  return out;
}

const english = load(ENGLISH);

/** A language's catalogue as one source. */
function loadSources(lang) {
  return ftlFiles(lang).map((f) => readFileSync(join(LOCALES, lang, f), 'utf8')).join('\n');
}

// Messages that are names, the same in every language: Steady's name, technique names made
// of digits, and the window's title.
const SAME_IN_EVERY_LANGUAGE = new Set(['app-brand', 'app-name', 'tray-tooltip', 'tray-window-title', 'settings-version']);
// Words a language writes as English does ("Pause", "Name", "Volume"), checked one by one.
const SAME_WORD = {
  de: new Set(['breathe-pause', 'cli-usage-name', 'lock-passphrase-label', 'patterns-name', 'plan-contact-name', 'settings-text-size-normal']),
  es: new Set(['settings-text-size-normal']),
  fr: new Set(['breathe-pause', 'breathe-length-minutes', 'breathe-choice', 'privacy-lock-minutes', 'plan-contact-note',
    'settings-volume', 'tray-window-title-discreet', 'tray-tooltip-discreet']),
  nl: new Set(['settings-volume', 'settings-privacy-heading', 'privacy-title', 'plan-item-label']),
};

test('there are languages besides English, each a folder of the same files', () => {
  assert.ok(languages.length > 0);
  for (const lang of languages) assert.deepEqual(ftlFiles(lang), ftlFiles(ENGLISH), `${lang}: not the same .ftl files as English`);
});

for (const lang of languages) {
  test(`${lang}: every message English has, and none it lacks, each formatting cleanly`, () => {
    const { messages, problems, sources } = load(lang);
    const bundle = new FluentBundle(lang, { useIsolating: false });
    for (const s of sources) bundle.addResource(new FluentResource(s));
    for (const [id, { file, entry }] of english.messages) {
      const mine = messages.get(id);
      if (!mine) { problems.push(`${lang}/${file}: no "${id}"`); continue; }
      if (mine.file !== file) problems.push(`${lang}/${mine.file}: "${id}" belongs in ${file}`);
      if ((entry.value == null) !== (mine.entry.value == null)) problems.push(`${lang}: "${id}" value present in one language only`);
      const a = Object.keys(entry.attributes).sort();
      const b = Object.keys(mine.entry.attributes).sort();
      if (a.join() !== b.join()) problems.push(`${lang}: "${id}" has attributes [${b}], English [${a}]`);
      const parts = [['', entry.value, mine.entry.value], ...a.map((k) => [`.${k}`, entry.attributes[k], mine.entry.attributes[k]])];
      for (const [part, en, own] of parts) {
        if (own == null) continue;
        const known = variables(en);
        for (const v of variables(own)) if (!known.has(v)) problems.push(`${lang}: "${id}${part}" uses $${v}, which English does not pass`);
        // Every plural count and every select key, formatted: no error, no empty text.
        const trials = [0, 1, 2, 3, 5, 11, 21, 1000000].map((n) => Object.fromEntries([...known].map((v) => [v, n])));
        trials.push(Object.fromEntries([...known].map((v) => [v, 'x'])));
        for (const args of trials) {
          const errors = [];
          const text = bundle.formatPattern(own, args, errors);
          if (errors.length) problems.push(`${lang}: "${id}${part}" with ${JSON.stringify(args)}: ${errors.map((e) => e.message).join('; ')}`);
          if (!String(text).trim()) problems.push(`${lang}: "${id}${part}" is empty`);
        }
      }
    }
    for (const [id, { file }] of messages) if (!english.messages.has(id)) problems.push(`${lang}/${file}: "${id}" is not in English`);
    assert.deepEqual(problems, []);
  });

  test(`${lang}: no message is left in English`, () => {
    const { messages } = load(lang);
    const english = new FluentBundle('en', { useIsolating: false });
    const mine = new FluentBundle(lang, { useIsolating: false });
    english.addResource(new FluentResource(loadSources(ENGLISH)));
    mine.addResource(new FluentResource(loadSources(lang)));
    const same = [];
    for (const [id] of messages) {
      if (!english.hasMessage(id) || SAME_IN_EVERY_LANGUAGE.has(id) || SAME_WORD[lang]?.has(id)) continue;
      const a = english.getMessage(id);
      const b = mine.getMessage(id);
      // Formatted without arguments: a variable shows as {$name}, which is not words.
      const text = (bundle, m) => (m.value == null ? '' : bundle.formatPattern(m.value, {}, []).replace(/\{\$?[\w-]*\}/g, ''));
      const en = text(english, a);
      // Words of four letters or more, the same text: left untranslated.
      if (/\p{L}{4,}/u.test(en) && en === text(mine, b)) same.push(`${lang}: ${id} = ${en}`);
    }
    assert.deepEqual(same, []);
  });

  test(`${lang}: the directory's words name exactly the directory's entries`, () => {
    const path = join(LOCALES, lang, 'crisis-lines.json');
    assert.ok(existsSync(path), `${lang}: no crisis-lines.json`);
    const own = JSON.parse(readFileSync(path, 'utf8'));
    const directory = JSON.parse(readFileSync(join(ROOT, 'assets', 'crisis-lines.json'), 'utf8'));
    const problems = [];
    const same = (what, mine, wanted) => {
      const m = Object.keys(mine ?? {}).sort();
      const w = [...wanted].sort();
      for (const k of w) if (!m.includes(k)) problems.push(`${lang}: ${what} lacks "${k}"`);
      for (const k of m) if (!w.includes(k)) problems.push(`${lang}: ${what} has "${k}", which the directory does not`);
      for (const k of m) {
        const v = mine[k];
        const texts = typeof v === 'string' ? [v] : Object.values(v ?? {});
        if (!texts.length || texts.some((x) => typeof x !== 'string' || !x.trim())) problems.push(`${lang}: ${what} "${k}" is empty`);
      }
    };
    const countries = directory.countries;
    same('countries', own.countries, countries.map((c) => c.code));
    same('emergency', own.emergency, countries.filter((c) => c.emergency.note).map((c) => c.code));
    same('country_notes', own.country_notes, countries.filter((c) => c.note).map((c) => c.code));
    same('lines', own.lines, countries.flatMap((c) => c.lines.filter((l) => l.note).map((l) => `${c.code} | ${l.name}`)));
    same('hours', own.hours, new Set(countries.flatMap((c) => c.lines.map((l) => l.hours).filter((h) => h && h.trim() !== '24/7'))));
    same('support_groups', own.support_groups, directory.support_groups.map((g) => g.name));
    if (typeof own.fallback !== 'string' || !own.fallback.trim()) problems.push(`${lang}: no fallback note`);
    assert.deepEqual(problems, []);
  });
}
