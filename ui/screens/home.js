// Home: the flows as large choices, each with its key, in the core's order for what brings
// the person here; below them, once, the optional question itself. It is drawn by
// start.js's drawHome, which also paints the first home before the modules load.
import { call } from '../lib/api.js';
import { errorText, t } from '../lib/words.js';

/** "What brings you here?" answered (or passed over): kept, and never asked again. */
export async function answer(value, status, { go, applyLook, announce }) {
  try {
    const saved = await call('save_settings', { settings: { ...(await call('get_settings')), brings: value } });
    applyLook(saved);
    await go('home');
    announce(t('home-brings-kept'));
  } catch (e) {
    status.textContent = errorText(e);
  }
}

export function render(container, { go, choices, brings, applyLook, announce }) {
  window.steady.drawHome(container, {
    text: t, choices, brings,
    choose: (c) => go(c.screen, c.params ?? {}),
    answer: (value, status) => answer(value, status, { go, applyLook, announce }),
  });
}
