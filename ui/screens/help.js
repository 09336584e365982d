// Get help now: the emergency number first, then the person's own people, then the
// crisis lines for their country, lines for anyone being hurt, and support groups. Each
// number says where it came from and when it was checked. Steady itself contacts no one.
//
// The heading is drawn once and never replaced, so the focus the router gives it stays
// there while the rest loads.
import { call, el, fill } from '../lib/api.js';
import { unlockForm } from '../lib/lock.js';
import { contactCard, copyButton, dialButton, phoneButton } from '../lib/plan-view.js';
import { data, errorText, lang, t, tNodes } from '../lib/words.js';

const NOT_LISTED = 'ZZ';
// What any phone can dial when Steady cannot say more (the directory's own fallback).
// Its note is Steady's own words, so it is looked up when drawn.
const FALLBACK_NUMBER = '112';

/** "2026-11-24" -> "November 2026". */
function monthYear(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Where a number came from and when it was checked: the source is data, the month Intl's. */
function checkedWords(source, checked) {
  const when = checked ? monthYear(checked) : '';
  if (source && when) return tNodes('help-source-checked', { source: data(source), when: data(when) });
  if (source) return tNodes('help-source', { source: data(source) });
  if (when) return tNodes('help-checked', { when: data(when) });
  return null;
}

function listWords(items) {
  try {
    return new Intl.ListFormat(lang(), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** ["en", "es"] -> "Answers in English and Spanish." (the names in Intl's words). */
function languageWords(codes) {
  if (!codes?.length) return null;
  let names = codes;
  try {
    const display = new Intl.DisplayNames([lang()], { type: 'language' });
    names = codes.map((c) => display.of(c) ?? c);
  } catch { /* an old engine: the codes, which are still short */ }
  return tNodes('help-languages', { languages: data(listWords(names)) });
}

function hoursWords(hours) {
  if (!hours) return null;
  return /^24\s*(\/\s*7|hours)$/i.test(hours.trim())
    ? [t('help-hours-always')]
    : tNodes('help-hours', { hours: data(hours.trim()) });
}

/**
 * The emergency number, large, with Call and Copy: always the first thing under the
 * heading. Its `note` is the directory's (data); `words`, Steady's own, already looked up.
 */
function emergencyPanel(emergency, country, announce) {
  const slot = el('div', { class: 'dial-slot' });
  const status = el('span', { class: 'muted', role: 'status' });
  const checked = checkedWords(emergency.source, emergency.checked);
  const { number } = emergency;
  return el('section', { class: 'panel emergency', 'aria-labelledby': 'emergency-h' },
    el('h2', { id: 'emergency-h' },
      country ? tNodes('help-emergency-title-in', { country: data(country.name), code: country.code }) : t('help-emergency-title')),
    el('p', { class: 'number', translate: 'no' }, number),
    el('p', { class: 'actions' },
      dialButton('call', number, { label: t('help-call-number', { number }), slot, announce }),
      phoneButton('call', number, { slot, announce, what: number }),
      copyButton(number, { status, announce }),
      status),
    slot,
    el('p', {}, t('help-emergency-now', { number })),
    emergency.note ? el('p', { translate: 'no' }, emergency.note) : null,
    emergency.words ? el('p', {}, emergency.words) : null,
    checked ? el('p', { class: 'source' }, checked) : null);
}

function ownSection(own, ctx, locked = false) {
  if (locked) {
    // Behind the lock, with the way to open it one step away; the lines below never are.
    const place = el('div');
    const open = el('button', { type: 'button', class: 'button quiet', id: 'help-unlock', 'aria-expanded': 'false' }, t('help-own-unlock'));
    open.addEventListener('click', () => {
      const { form, focus } = unlockForm(() => ctx.go('help'));
      open.setAttribute('aria-expanded', 'true');
      open.hidden = true;
      fill(place, form);
      focus();
    });
    return el('section', { 'aria-labelledby': 'own-h', 'data-locked': 'true' },
      el('h2', { id: 'own-h' }, t('help-own-title')),
      el('p', {}, t('help-own-locked')),
      el('p', {}, open), place);
  }
  return el('section', { 'aria-labelledby': 'own-h' },
    el('h2', { id: 'own-h' }, t('help-own-title')),
    own.length
      ? el('div', { class: 'own' }, own.map((item) => contactCard(item, ctx.announce)))
      : el('p', {}, t('help-own-none'), ' ',
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan') }, t('help-own-add'))));
}

function lineCard(line, announce) {
  const status = el('span', { class: 'muted', role: 'status' });
  const slot = el('div', { class: 'dial-slot' });
  const { name } = line;
  const rows = line.contacts.map((c) => {
    const number = c.value;
    if (c.kind === 'call') {
      return el('div', { class: 'line-contact' },
        el('p', { class: 'number', translate: 'no' }, number),
        el('p', { class: 'actions' },
          dialButton('call', number, { name: t('help-call-line', { name, number }), slot, announce }),
          phoneButton('call', number, { slot, announce, what: t('help-phone-line', { name, number }) }),
          copyButton(number, { status, announce })));
    }
    if (c.kind === 'text') {
      // The keyword is what to send, exactly as written: data, never translated.
      const keyword = c.keyword;
      const shown = keyword ? t('help-text-keyword', { keyword, number }) : t('help-text-number', { number });
      const words = keyword
        ? tNodes('help-text-keyword', { keyword: data(keyword), number: data(number) })
        : tNodes('help-text-number', { number: data(number) });
      return el('div', { class: 'line-contact' },
        el('p', { class: 'text-line' }, words),
        el('p', { class: 'actions' },
          dialButton('text', number, { name: t('help-text-line', { name, number }), slot, announce, shown, keyword, className: 'button quiet' }),
          phoneButton('text', number, { keyword, slot, announce, what: t('help-phone-text-line', { name, number }) }),
          copyButton(number, { status, announce })));
    }
    if (c.kind === 'chat' || c.kind === 'whatsapp') {
      const chat = c.kind === 'chat';
      return el('div', { class: 'line-contact' },
        el('p', {}, chat ? tNodes('help-chat', { address: data(number) }) : tNodes('help-whatsapp', { number: data(number) })),
        el('p', { class: 'actions' }, copyButton(number, {
          label: chat ? t('help-copy-address') : undefined, what: chat ? 'address' : 'number', status, announce,
        })));
    }
    const tty = c.kind === 'tty';
    return el('div', { class: 'line-contact' },
      el('p', {}, tty ? tNodes('help-tty', { number: data(number) }) : tNodes('help-email', { address: data(number) })),
      el('p', { class: 'actions' }, copyButton(number, {
        label: tty ? t('help-copy-tty') : t('help-copy-address'), what: tty ? 'number' : 'address', status, announce,
      })));
  });
  const hours = hoursWords(line.hours);
  const languages = languageWords(line.languages);
  const checked = checkedWords(line.source, line.checked);
  return el('article', { class: 'panel line', 'aria-label': name },
    el('h3', { translate: 'no' }, name),
    rows,
    slot,
    status,
    hours || languages ? el('p', {}, hours, hours && languages ? ' ' : null, languages) : null,
    line.note ? el('p', { class: 'muted', translate: 'no' }, line.note) : null,
    checked ? el('p', { class: 'source' }, checked) : null);
}

/** Lower case, without accents: "España" and "espana" match. */
function folded(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** What typing can match: its name in Steady's language, its own names, its English
 * name (other_names, when Steady speaks another language) and the code. */
function findable(c) {
  return folded([c.name, ...(c.native_names ?? []), ...(c.other_names ?? []), c.code].join(' '));
}

/** "Germany (Deutschland)": its own names beside the one in Steady's language, where they differ. */
function countryLabel(c) {
  const own = (c.native_names ?? []).filter((n) => n !== c.name);
  return own.length ? `${c.name} (${own.join(', ')})` : c.name;
}

/**
 * A box to type a country's name in, in English or its own language: the list below keeps
 * only the countries that match, and Enter chooses the first.
 */
function countryFinder(chooser) {
  const input = el('input', { type: 'search', id: 'country-find', autocomplete: 'off', spellcheck: 'false', 'aria-controls': 'country', 'aria-describedby': 'country-count' });
  const count = el('span', { id: 'country-count', class: 'muted', role: 'status' });
  const listed = [...chooser.options].filter((o) => o.dataset.find);
  const last = chooser.options[chooser.options.length - 1];
  input.addEventListener('input', () => {
    const typed = folded(input.value.trim());
    // Taken out of the list, not hidden: a select's popup does not hide options everywhere.
    // The one chosen now stays, so the list never seems to change the choice by itself.
    const picked = chooser.value;
    const fits = (o) => typed === '' || o.dataset.find.includes(typed);
    for (const o of listed) o.remove();
    for (const o of listed) if (fits(o) || o.value === picked) chooser.insertBefore(o, last);
    chooser.value = picked;
    const found = listed.filter(fits);
    const n = found.length;
    count.textContent = typed ? t('help-country-matches', { count: n }) : '';
  });
  input.addEventListener('keydown', (e) => {
    const typed = folded(input.value.trim());
    const first = listed.find((o) => o.dataset.find.includes(typed));
    if (e.key !== 'Enter' || !input.value.trim() || !first) return;
    e.preventDefault();
    chooser.value = first.value;
    chooser.dispatchEvent(new Event('change'));
  });
  return { input, count };
}

function groupList(id, title, groups) {
  if (!groups?.length) return null;
  return el('section', { 'aria-labelledby': id },
    el('h2', { id }, title),
    el('ul', { class: 'groups' }, groups.map((g) => el('li', { translate: 'no' },
      el('strong', {}, g.name), ` ${g.about}`, g.web ? ` (${g.web})` : null))));
}

export function render(container, ctx) {
  let live = true;
  let drawing = 0;
  const body = el('div', { class: 'help-body' }, el('p', { class: 'muted' }, t('help-loading')));
  container.append(el('h1', {}, t('help-title')), body);

  async function draw() {
    const n = ++drawing;
    const v = await call('help_view');
    if (!live || n !== drawing) return false;
    const chooser = el('select', { id: 'country' },
      el('option', { value: '', selected: !v.chosen }, t('help-country-auto')),
      v.countries.map((c) => el('option', {
        value: c.code, selected: v.chosen && v.country?.code === c.code, translate: 'no', 'data-find': findable(c),
      }, countryLabel(c))),
      el('option', { value: NOT_LISTED, selected: v.chosen && !v.country }, t('help-country-not-listed')));
    const finder = countryFinder(chooser);
    chooser.addEventListener('change', async () => {
      try {
        await call('set_country', { code: chooser.value || null });
      } catch (err) {
        ctx.announce(errorText(err));
      }
      try {
        if (await draw()) {
          document.getElementById('country')?.focus();
          ctx.announce(document.getElementById('emergency-h')?.textContent ?? '');
        }
      } catch {
        drawWithoutDirectory();
      }
    });
    fill(body,
      emergencyPanel(v.emergency, v.country, ctx.announce),
      ownSection(v.own, ctx, v.own_locked),
      el('section', { 'aria-labelledby': 'lines-h' },
        el('h2', { id: 'lines-h' },
          v.country ? tNodes('help-lines-title-in', { country: data(v.country.name), code: v.country.code }) : t('help-lines-title')),
        el('p', { class: 'country-pick' },
          el('label', { for: 'country-find' }, t('help-country-find')), ' ', finder.input, ' ', finder.count),
        el('p', {}, el('label', { for: 'country' }, t('help-country-label')), ' ', chooser),
        v.country && v.crisis_lines.length
          ? v.crisis_lines.map((l) => lineCard(l, ctx.announce))
          : el('p', {}, t(v.country ? 'help-lines-none-here' : 'help-lines-none')),
        v.country_note ? el('p', { class: 'country-note', translate: 'no' }, v.country_note) : null),
      v.abuse_lines.length
        ? el('section', { 'aria-labelledby': 'abuse-h' },
          el('h2', { id: 'abuse-h' }, t('help-abuse-title')),
          v.abuse_lines.map((l) => lineCard(l, ctx.announce)))
        : null,
      groupList('groups-partners', t('help-partners-title'), v.partner_groups),
      groupList('groups-recovery', t('help-recovery-title'), v.recovery_groups),
      el('p', { class: 'muted' }, t('help-never-contacts')));
    return true;
  }

  // The list of lines could not be read: what every phone can dial, and the person's own
  // people if their plan can still be read.
  async function drawWithoutDirectory() {
    const n = ++drawing;
    let own = [];
    try {
      const plan = await call('plan_get');
      own = [...(plan.people ?? []), ...(plan.professionals ?? [])];
    } catch { /* the plan cannot be read either: 112 alone */ }
    if (!live || n !== drawing) return;
    fill(body,
      emergencyPanel({ number: FALLBACK_NUMBER, words: t('help-fallback-note') }, null, ctx.announce),
      el('p', {}, t('help-no-directory')),
      own.length ? ownSection(own, ctx) : null);
  }

  draw().catch(drawWithoutDirectory);
  return () => { live = false; };
}
