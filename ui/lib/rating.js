// An optional 0-10 "how strong is it" question. Never required: skipping is always fine.
// `legend` and `scale` are words already looked up (t()) by the screen that asks.
import { el } from './api.js';
import { t } from './words.js';

let n = 0;

export function rating(legend, scale = t('app-rating-scale')) {
  n += 1;
  const name = `rating-${n}`;
  const help = `${name}-help`;
  // The scale's meaning describes the group itself (a plain div's description is never read).
  const box = el('fieldset', { class: 'rating', 'aria-describedby': help },
    el('legend', {}, legend),
    el('p', { class: 'muted', id: help }, t('app-rating-help', { scale })),
    el('div', { class: 'options scale' },
      Array.from({ length: 11 }, (_, i) => el('label', {}, el('input', { type: 'radio', name, value: i }), String(i)))));
  return {
    element: box,
    value() {
      const checked = box.querySelector('input:checked');
      return checked ? Number(checked.value) : null;
    },
  };
}
