// Home: the flows as large choices, each with its key, from the router's one registry.
import { el } from '../lib/api.js';

export function render(container, { go, choices }) {
  container.append(
    el('h1', {}, 'You are here. Take your time.'),
    el('p', { class: 'muted' }, 'Choose what you need. Escape always brings you back here.'),
    el('ul', { class: 'choices' }, choices.map((c) =>
      el('li', { class: 'choice' },
        el('span', {},
          el('button', {
            type: 'button', 'aria-keyshortcuts': c.key,
            'aria-describedby': `choice-${c.screen}-about`,
            onclick: () => go(c.screen),
          }, c.title),
          el('span', { class: 'muted', id: `choice-${c.screen}-about` }, c.about)),
        el('kbd', { 'aria-hidden': 'true' }, c.key)))),
  );
}
