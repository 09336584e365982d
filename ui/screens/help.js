// Get help now. Until the full directory screen lands, the emergency number for the
// person's country (or 112), with where it came from and when it was checked.
import { call, el, formatDate } from '../lib/api.js';

export const key = 'h';

export function render(container) {
  const body = el('div', {}, el('p', { class: 'muted' }, 'Loading…'));
  container.append(el('h1', {}, 'Get help now'), body);
  let live = true;
  call('emergency').then((choice) => {
    if (!live) return;
    const e = choice.emergency;
    const where = choice.listed
      ? `Emergency number in ${choice.country_name}`
      : 'Emergency number';
    body.replaceChildren(
      el('p', {}, 'If you are in danger, or you might act on thoughts of hurting yourself, call now. You do not have to explain everything; saying you need help is enough.'),
      el('section', { class: 'panel', 'aria-labelledby': 'emergency-label' },
        el('p', { id: 'emergency-label' }, where),
        el('p', { class: 'number', 'data-number': e.number }, e.number),
        e.note ? el('p', {}, e.note) : null,
        choice.listed ? null : el('p', {},
          'Steady does not know which country you are in, so this is the number that works in the most places. If you know your local emergency or crisis number, write it in your safety plan.'),
        el('p', { class: 'source' }, `Source: ${e.source}. Last checked ${formatDate(e.checked)}.`)),
      el('p', { class: 'muted' }, 'Steady never contacts anyone by itself and sends nothing anywhere.'),
    );
  }).catch((err) => {
    if (!live) return;
    body.replaceChildren(
      el('p', {}, 'In an emergency call 112 (it works on most mobile networks) or your local emergency number.'),
      el('p', { class: 'muted' }, err.message));
  });
  return () => { live = false; };
}
