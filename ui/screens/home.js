// Home: the flows as large choices, each with its key. Only built flows are listed.
import { el } from '../lib/api.js';


const CHOICES = [
  { screen: 'breathe', key: 'B', title: 'Breathe', about: 'Slow, guided breathing, with sound cues for closed eyes.' },
  { screen: 'ground', key: 'G', title: 'Ground', about: 'Back to this room, this moment, this body.' },
  { screen: 'urge', key: 'U', title: 'Ride the wave', about: 'Let an urge rise and pass without acting on it.' },
  { screen: 'plan', key: 'P', title: 'My plan', about: 'Your own steps, in your own words, one at a time.' },
  { screen: 'help', key: 'H', title: 'Get help now', about: 'Reach a person: emergency and crisis numbers.' },
  { screen: 'helped', key: 'W', title: 'What helped', about: 'A private note of what you used and how it felt.' },
  { screen: 'settings', key: 'S', title: 'Settings', about: 'Theme, text size, sound, and where your words are kept.' },
];

export function render(container, { go }) {
  container.append(
    el('h1', {}, 'You are here. Take your time.'),
    el('p', { class: 'muted' }, 'Choose what you need. Escape always brings you back here.'),
    el('ul', { class: 'choices' }, CHOICES.map((c) =>
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
