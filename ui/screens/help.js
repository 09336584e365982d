// Get help now: the person's own people first, then checked crisis lines for their
// country, then the emergency number. Every number shows where it came from and when it
// was last checked. Steady itself contacts no one.
import { call, el, formatDate } from '../lib/api.js';
import { contactCard, copyText } from '../lib/plan-view.js';


const NOT_LISTED = 'ZZ';

function lineCard(line, announce) {
  const status = el('span', { class: 'muted', role: 'status' });
  const copy = (value, what) => el('button', {
    type: 'button', class: 'button quiet small', 'aria-label': `Copy ${what} ${value}`,
    onclick: async () => { status.textContent = (await copyText(value)) ? 'Copied.' : 'Could not copy.'; announce(status.textContent); },
  }, `Copy ${what}`);
  const rows = line.contacts.map((c) => {
    if (c.kind === 'call') {
      return el('div', { class: 'line-contact' },
        el('p', { class: 'number' }, c.value),
        el('p', { class: 'actions' }, copy(c.value, 'number'),
          el('button', { type: 'button', class: 'button small', 'aria-label': `Call ${line.name} on ${c.value}`,
            onclick: () => call('open_contact', { kind: 'call', number: c.value }).catch((e) => { status.textContent = e.message; }) }, 'Call')));
    }
    if (c.kind === 'text') {
      const words = c.keyword ? `Text ${c.keyword} to ${c.value}` : `Text ${c.value}`;
      return el('div', { class: 'line-contact' },
        el('p', { class: 'text-line' }, words),
        el('p', { class: 'actions' }, copy(c.value, 'number'),
          el('button', { type: 'button', class: 'button quiet small', 'aria-label': `Text ${line.name} on ${c.value}`,
            onclick: () => call('open_contact', { kind: 'text', number: c.value }).catch((e) => { status.textContent = e.message; }) }, 'Text')));
    }
    const label = c.kind === 'tty' ? 'TTY' : 'Email';
    return el('div', { class: 'line-contact' }, el('p', {}, `${label}: ${c.value}`), el('p', { class: 'actions' }, copy(c.value, label === 'TTY' ? 'TTY number' : 'address')));
  });
  const facts = [line.hours, line.languages?.length ? `Languages: ${line.languages.join(', ')}` : null].filter(Boolean).join('. ');
  return el('article', { class: 'panel line', 'aria-label': line.name },
    el('h3', {}, line.name),
    ...rows,
    facts ? el('p', {}, facts) : null,
    line.note ? el('p', { class: 'muted' }, line.note) : null,
    el('p', { class: 'source' },
      `Source: ${line.source}. Last checked ${formatDate(line.checked)}.`,
      line.single_source ? ' Found in one source only: check it if you can.' : ''),
    status);
}

function groupList(id, title, groups) {
  return el('section', { 'aria-labelledby': id },
    el('h2', { id }, title),
    el('ul', { class: 'groups' }, groups.map((g) => el('li', {},
      el('strong', {}, g.name), ` ${g.about}`, g.web ? ` (${g.web})` : ''))));
}

export function render(container, ctx) {
  let live = true;
  container.append(el('h1', {}, 'Get help now'), el('p', { class: 'muted' }, 'Loading…'));

  async function draw() {
    const v = await call('help_view');
    if (!live) return;
    const e = v.emergency;
    const where = v.country ? ` in ${v.country.name}` : '';
    const chooser = el('select', { id: 'country' },
      el('option', { value: '', selected: !v.chosen }, 'Use this computer’s setting'),
      v.countries.map((c) => el('option', { value: c.code, selected: v.chosen && v.country?.code === c.code }, c.name)),
      el('option', { value: NOT_LISTED, selected: v.chosen && !v.country }, 'My country is not listed'));
    chooser.addEventListener('change', async () => {
      await call('set_country', { code: chooser.value || null }).catch((err) => ctx.announce(err.message));
      await draw();
      document.getElementById('country')?.focus();
    });
    const addPeople = el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan') }, 'Add your own people to your plan');
    container.replaceChildren(
      el('h1', {}, 'Get help now'),
      el('p', { class: 'lead' }, `If you are in danger, or might act on thoughts of hurting yourself, call ${e.number} now. You do not have to explain everything; saying you need help is enough.`),
      el('section', { 'aria-labelledby': 'own-h' },
        el('h2', { id: 'own-h' }, 'Your people'),
        v.own.length
          ? el('div', { class: 'own' }, v.own.map((item) => contactCard(item, ctx.announce)))
          : el('p', {}, 'You have not added anyone yet. People you trust, and your therapist or doctor, can go in your plan and will be shown here first. ', addPeople)),
      el('section', { 'aria-labelledby': 'lines-h' },
        el('h2', { id: 'lines-h' }, `Crisis lines${where}`),
        el('p', {}, el('label', { for: 'country' }, 'Your country '), chooser),
        v.country
          ? v.crisis_lines.map((l) => lineCard(l, ctx.announce))
          : el('p', {}, 'Steady has no checked crisis line for your country yet. If you know your local crisis line, add it to your plan under “Professionals and crisis services”, and it will be shown here with your people.')),
      el('section', { class: 'panel', 'aria-labelledby': 'emergency-label' },
        el('h2', { id: 'emergency-label' }, `Emergency number${where}`),
        el('p', { class: 'number', 'data-number': e.number }, e.number),
        e.note ? el('p', {}, e.note) : null,
        el('p', { class: 'source' }, `Source: ${e.source}. Last checked ${formatDate(e.checked)}.`)),
      v.abuse_lines.length
        ? el('section', { 'aria-labelledby': 'abuse-h' },
          el('h2', { id: 'abuse-h' }, 'If someone is hurting you or making you feel unsafe'),
          v.abuse_lines.map((l) => lineCard(l, ctx.announce)))
        : null,
      groupList('groups-partners', 'Support for partners', v.partner_groups),
      groupList('groups-recovery', 'Support for people in recovery', v.recovery_groups),
      el('p', { class: 'muted' }, 'Steady never contacts anyone by itself and sends nothing anywhere. Calls and texts go through your own phone apps, only when you press the button.'),
      el('p', { class: 'source' }, v.checked_how));
  }
  draw().catch((err) => {
    container.replaceChildren(el('h1', {}, 'Get help now'),
      el('p', {}, 'In an emergency call 112 (it works on most mobile networks) or your local emergency number.'),
      el('p', { class: 'muted' }, err.message));
  });
  return () => { live = false; };
}
