// The end of a session: an optional "how do you feel" and a quiet question whether to
// keep a note of it in What helped. Nothing is kept unless the person ticks the box (or
// chose "keep without asking" in Settings), and no session is ever graded.
import { call, el } from './api.js';
import { rating } from './rating.js';
import { errorText, t } from './words.js';

/**
 * `entry()` gives what to keep (tool, detail, seconds, before) when Done is pressed: the
 * detail in codes and numbers, never words (What helped words it in the language of the
 * day it is read). `legend` and `scale` are words already looked up (t()); `more` are
 * extra buttons beside Done.
 */
export async function ending(ctx, { legend, scale, entry, more = [] }) {
  const [settings, protection] = await Promise.all([
    call('get_settings').catch(() => ({ keep_helped: false })),
    call('protection_status').catch(() => 'off'),
  ]);
  // While locked the notes are behind the lock: nothing is offered, nothing is kept.
  const locked = protection === 'locked';
  const r = rating(legend, scale);
  const keep = el('input', { type: 'checkbox', id: 'keep-note', checked: settings.keep_helped && !locked });
  const status = el('p', { class: 'status', role: 'status' });
  // One sentence for Moments I got through, only if the person writes one: writing it is
  // the consent. Never asked for, counted or scored.
  const moment = el('textarea', { id: 'moment', rows: '2', 'aria-describedby': 'moment-hint', maxlength: String(ctx.limits?.plan_text ?? 2000) });
  const form = el('form', { 'aria-label': t('session-after') },
    r.element,
    locked
      ? el('p', { class: 'muted' }, t('session-keep-locked'))
      : el('p', {}, el('label', {}, keep, t('session-keep'))),
    locked ? null : el('p', { class: 'moment' },
      el('label', { for: 'moment' }, t('session-moment-label')),
      el('span', { class: 'muted', id: 'moment-hint' }, t('session-moment-hint')),
      moment),
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button' }, t('session-done')), ...more),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!locked && moment.value.trim()) {
      try {
        await call('list_add', { list: 'moments', text: moment.value });
      } catch (err) {
        status.textContent = t('session-moment-not-kept', { reason: errorText(err) });
        return;
      }
    }
    if (!keep.checked) { ctx.go('home'); return; }
    try {
      await call('helped_add', { entry: { ...entry(), after: r.value() } });
      ctx.go('home');
    } catch (err) {
      status.textContent = t('session-not-kept', { reason: errorText(err) });
    }
  });
  return { form, rating: r };
}
