// Home: the flows as large choices, each with its key, from the router's one registry, in
// the core's order for what brings the person here. Below them, once, the optional
// question itself: the tools always come first.
import { call, el } from '../lib/api.js';
import { errorText, t } from '../lib/words.js';

const ANSWERS = ['partner', 'recovery', 'both', 'rather_not_say'];

function lead(brings) {
  if (brings === 'partner') return t('home-lead-partner');
  if (brings === 'recovery') return t('home-lead-recovery');
  return t('home-lead');
}

/** "What brings you here?": asked once, never again once answered or passed over. */
function question(go, applyLook, announce) {
  const status = el('p', { role: 'status', class: 'muted' });
  const answer = async (value) => {
    try {
      const saved = await call('save_settings', { settings: { ...(await call('get_settings')), brings: value } });
      applyLook(saved);
      await go('home');
      announce(t('home-brings-kept'));
    } catch (e) {
      status.textContent = errorText(e);
    }
  };
  return el('section', { class: 'panel brings', 'aria-labelledby': 'brings-h' },
    el('h2', { id: 'brings-h' }, t('home-brings-title')),
    el('p', {}, t('home-brings-lead')),
    el('p', { class: 'actions' }, ANSWERS.map((a) =>
      el('button', { type: 'button', class: 'button quiet', onclick: () => answer(a) }, t(`home-brings-${a}`)))),
    // Skipping is an answer too: never asked again, and the usual home.
    el('p', {}, el('button', { type: 'button', class: 'button quiet small', onclick: () => answer('rather_not_say') }, t('home-brings-skip'))),
    status);
}

export function render(container, { go, choices, brings, applyLook, announce }) {
  // (append() would write a missing part as the word "null": only what is there.)
  container.append(...[
    el('h1', {}, t('home-title')),
    el('p', { class: 'muted' }, lead(brings)),
    el('ul', { class: 'choices' }, choices.map((c) =>
      el('li', { class: 'choice' },
        el('span', {},
          el('button', {
            type: 'button', 'aria-keyshortcuts': c.key,
            'aria-describedby': `choice-${c.screen}-about`,
            onclick: () => go(c.screen, c.params ?? {}),
          }, t(c.title)),
          el('span', { class: 'muted', id: `choice-${c.screen}-about` }, t(c.about))),
        el('kbd', { 'aria-hidden': 'true' }, c.key)))),
    brings == null ? question(go, applyLook, announce) : null,
  ].filter(Boolean));
}
