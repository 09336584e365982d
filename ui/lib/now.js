// "This is now": today's date and time in the language in use, kept current, and the
// person's own sentences under it. Grounding's orientation step and A reminder hit me
// both show it.
import { el } from './api.js';
import { lang } from './words.js';

/**
 * Returns { parts, stop }: the elements to show, and what stops the clock. `none` is the
 * element shown when there are no sentences.
 */
export function thisIsNow(sentences, none) {
  const now = el('p', { class: 'now', 'aria-live': 'off', translate: 'no' });
  const tick = () => {
    now.textContent = new Intl.DateTimeFormat(lang(), { dateStyle: 'full', timeStyle: 'short' }).format(new Date());
  };
  tick();
  const timer = setInterval(tick, 15_000);
  const list = sentences.length
    ? el('ul', { class: 'statements', translate: 'no' }, sentences.map((words) => el('li', {}, el('bdi', {}, words))))
    : none;
  return { parts: [now, list], stop: () => clearInterval(timer) };
}
