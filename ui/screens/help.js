// Get help now: the emergency number first, then the person's own people, then the
// crisis lines for their country, lines for anyone being hurt, and support groups. Each
// number says where it came from and when it was checked. Steady itself contacts no one.
//
// The heading is drawn once and never replaced, so the focus the router gives it stays
// there while the rest loads.
import { call, el, fill } from '../lib/api.js';
import { contactCard, copyButton, dialButton } from '../lib/plan-view.js';

const NOT_LISTED = 'ZZ';
// What any phone can dial when Steady cannot say more (the directory's own fallback).
const FALLBACK = {
  number: '112',
  note: '112 reaches emergency services from any phone in the EU and works on most mobile networks elsewhere.',
};
function inCountry(country) {
  return country ? ` in ${country.name}` : '';
}

/** "2026-11-24" -> "November 2026". */
function monthYear(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

function checkedWords(source, checked) {
  const when = monthYear(checked);
  return [source ? `From ${source}.` : null, when ? `Last checked ${when}.` : null].filter(Boolean).join(' ');
}

function listWords(items) {
  try {
    return new Intl.ListFormat('en', { type: 'conjunction' }).format(items);
  } catch {
    return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join('');
  }
}

/** ["en", "es"] -> "Answers in English and Spanish." */
function languageWords(codes) {
  if (!codes?.length) return null;
  let names = codes;
  try {
    const display = new Intl.DisplayNames(['en'], { type: 'language' });
    names = codes.map((c) => display.of(c) ?? c);
  } catch { /* an old engine: the codes, which are still short */ }
  return `Answers in ${listWords(names)}.`;
}

function hoursWords(hours) {
  if (!hours) return null;
  return /^24\s*(\/\s*7|hours)$/i.test(hours.trim()) ? 'Open 24 hours, every day.' : `Open ${hours}.`;
}

/** The emergency number, large, with Call and Copy: always the first thing under the heading. */
function emergencyPanel(emergency, country, announce) {
  const slot = el('div', { class: 'dial-slot' });
  const status = el('span', { class: 'muted', role: 'status' });
  const checked = checkedWords(emergency.source, emergency.checked);
  return el('section', { class: 'panel emergency', 'aria-labelledby': 'emergency-h' },
    el('h2', { id: 'emergency-h' }, `Emergency number${inCountry(country)}`),
    el('p', { class: 'number' }, emergency.number),
    el('p', { class: 'actions' },
      dialButton('call', emergency.number, { label: `Call ${emergency.number}`, slot, announce }),
      copyButton(emergency.number, { status, announce }),
      status),
    slot,
    el('p', {}, `If you are in danger, or might act on thoughts of hurting yourself, call ${emergency.number} now. You do not have to explain everything; saying you need help is enough.`),
    emergency.note ? el('p', {}, emergency.note) : null,
    checked ? el('p', { class: 'source' }, checked) : null);
}

function ownSection(own, ctx) {
  return el('section', { 'aria-labelledby': 'own-h' },
    el('h2', { id: 'own-h' }, 'Your people'),
    own.length
      ? el('div', { class: 'own' }, own.map((item) => contactCard(item, ctx.announce)))
      : el('p', {}, 'You have not added anyone yet. People you trust, and your therapist or doctor, can go in your plan and will be shown here. ',
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan') }, 'Add your own people to your plan')));
}

function lineCard(line, announce) {
  const status = el('span', { class: 'muted', role: 'status' });
  const slot = el('div', { class: 'dial-slot' });
  const rows = line.contacts.map((c) => {
    if (c.kind === 'call') {
      return el('div', { class: 'line-contact' },
        el('p', { class: 'number' }, c.value),
        el('p', { class: 'actions' },
          dialButton('call', c.value, { name: `Call ${line.name} on ${c.value}`, slot, announce }),
          copyButton(c.value, { status, announce })));
    }
    if (c.kind === 'text') {
      const words = c.keyword ? `Text ${c.keyword} to ${c.value}` : `Text ${c.value}`;
      return el('div', { class: 'line-contact' },
        el('p', { class: 'text-line' }, words),
        el('p', { class: 'actions' },
          dialButton('text', c.value, { name: `Text ${line.name} on ${c.value}`, slot, announce, shown: words, className: 'button quiet' }),
          copyButton(c.value, { status, announce })));
    }
    const tty = c.kind === 'tty';
    return el('div', { class: 'line-contact' },
      el('p', {}, tty ? `Textphone (TTY): ${c.value}` : `Email: ${c.value}`),
      el('p', { class: 'actions' }, copyButton(c.value, {
        label: tty ? 'Copy textphone number' : 'Copy address', what: tty ? 'number' : 'address', status, announce,
      })));
  });
  const facts = [hoursWords(line.hours), languageWords(line.languages)].filter(Boolean).join(' ');
  const checked = checkedWords(line.source, line.checked);
  return el('article', { class: 'panel line', 'aria-label': line.name },
    el('h3', {}, line.name),
    rows,
    slot,
    status,
    facts ? el('p', {}, facts) : null,
    line.note ? el('p', { class: 'muted' }, line.note) : null,
    checked ? el('p', { class: 'source' }, checked) : null);
}

function groupList(id, title, groups) {
  if (!groups?.length) return null;
  return el('section', { 'aria-labelledby': id },
    el('h2', { id }, title),
    el('ul', { class: 'groups' }, groups.map((g) => el('li', {},
      el('strong', {}, g.name), ` ${g.about}`, g.web ? ` (${g.web})` : null))));
}

export function render(container, ctx) {
  let live = true;
  let drawing = 0;
  const body = el('div', { class: 'help-body' }, el('p', { class: 'muted' }, 'Loading…'));
  container.append(el('h1', {}, 'Get help now'), body);

  async function draw() {
    const n = ++drawing;
    const v = await call('help_view');
    if (!live || n !== drawing) return false;
    const chooser = el('select', { id: 'country' },
      el('option', { value: '', selected: !v.chosen }, 'Use this computer’s setting'),
      v.countries.map((c) => el('option', { value: c.code, selected: v.chosen && v.country?.code === c.code }, c.name)),
      el('option', { value: NOT_LISTED, selected: v.chosen && !v.country }, 'My country is not listed'));
    chooser.addEventListener('change', async () => {
      try {
        await call('set_country', { code: chooser.value || null });
      } catch (err) {
        ctx.announce(err.message);
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
    const where = inCountry(v.country);
    fill(body,
      emergencyPanel(v.emergency, v.country, ctx.announce),
      ownSection(v.own, ctx),
      el('section', { 'aria-labelledby': 'lines-h' },
        el('h2', { id: 'lines-h' }, `Crisis lines${where}`),
        el('p', {}, el('label', { for: 'country' }, 'Your country '), chooser),
        v.country && v.crisis_lines.length
          ? v.crisis_lines.map((l) => lineCard(l, ctx.announce))
          : el('p', {}, 'Steady has no checked crisis line for your country yet. If you know your local crisis line, add it to your plan under “Professionals and crisis services”, and it will be shown here with your people.')),
      v.abuse_lines.length
        ? el('section', { 'aria-labelledby': 'abuse-h' },
          el('h2', { id: 'abuse-h' }, 'If someone is hurting you or making you feel unsafe'),
          v.abuse_lines.map((l) => lineCard(l, ctx.announce)))
        : null,
      groupList('groups-partners', 'Support for partners', v.partner_groups),
      groupList('groups-recovery', 'Support for people in recovery', v.recovery_groups),
      el('p', { class: 'muted' }, 'Steady never contacts anyone by itself and sends nothing anywhere. Calls and texts go through your own phone apps, only when you press the button.'));
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
      emergencyPanel(FALLBACK, null, ctx.announce),
      el('p', {}, 'Steady could not open its list of crisis lines just now. The number above works from most phones.'),
      own.length ? ownSection(own, ctx) : null);
  }

  draw().catch(drawWithoutDirectory);
  return () => { live = false; };
}
