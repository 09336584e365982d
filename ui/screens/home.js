// Home: the flows as large choices, each with its key, from the router's one registry.
import { el } from '../lib/api.js';
import { t } from '../lib/words.js';

export function render(container, { go, choices }) {
  container.append(
    el('h1', {}, t('home-title')),
    el('p', { class: 'muted' }, t('home-lead')),
    el('ul', { class: 'choices' }, choices.map((c) =>
      el('li', { class: 'choice' },
        el('span', {},
          el('button', {
            type: 'button', 'aria-keyshortcuts': c.key,
            'aria-describedby': `choice-${c.screen}-about`,
            onclick: () => go(c.screen),
          }, t(c.title)),
          el('span', { class: 'muted', id: `choice-${c.screen}-about` }, t(c.about))),
        el('kbd', { 'aria-hidden': 'true' }, c.key)))),
  );
}
