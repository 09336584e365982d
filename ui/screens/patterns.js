// The person's own breathing patterns: make, change and delete them. The core checks
// every value and says why it refuses one.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { describe } from './breathe.js';
import { attr, data, errorText, t, tNodes } from '../lib/words.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status', id: 'patterns-status' });
  const list = el('ul', { class: 'own-list' });
  const formSlot = el('div');
  let live = true;
  // Each part of a breath, in breathing order, from the core; worded by its kind's code.
  const PARTS = ctx.limits.phases.map((p) => [p.kind, `patterns-part-${p.kind}`]);

  container.append(
    el('h1', {}, t('patterns-title')),
    el('p', {}, t('patterns-intro', { max: ctx.limits.phase_seconds })),
    list, formSlot, status,
    el('p', {}, el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('breathe') }, t('patterns-back'))));

  function editor(existing) {
    const s = existing?.seconds ?? { in: 4, top_up: 0, hold_in: 0, out: 6, hold_out: 0 };
    const form = el('form', { 'aria-label': existing ? t('patterns-form-change', { name: existing.name }) : t('patterns-form-new') },
      el('h2', {}, existing ? tNodes('patterns-heading-change', { name: data(existing.name) }) : t('patterns-heading-new')),
      el('p', {}, el('label', { for: 'pattern-name' }, t('patterns-name')), ' ',
        el('input', { id: 'pattern-name', name: 'name', value: existing?.name ?? '', maxlength: ctx.limits?.pattern_name, autocomplete: 'off', translate: 'no' })),
      el('div', { class: 'parts' }, PARTS.map(([k, msg]) => el('p', {},
        el('label', { for: `part-${k}` }, t(msg)), ' ',
        el('input', { id: `part-${k}`, name: k, type: 'number', min: 0, max: ctx.limits?.phase_seconds, step: ctx.limits?.phase_step, value: s[k] ?? 0, inputmode: 'decimal' })))),
      el('p', { class: 'actions' },
        el('button', { type: 'submit', class: 'button' }, t(existing ? 'patterns-save-changes' : 'patterns-save-new')),
        existing ? el('button', { type: 'button', class: 'button quiet', onclick: () => editor(null) }, t('patterns-cancel')) : null));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const fields = new FormData(form);
      const input = { name: String(fields.get('name') ?? ''), seconds: {} };
      for (const [k] of PARTS) input.seconds[k] = Number(fields.get(k) || 0);
      try {
        const saved = existing
          ? await call('pattern_update', { id: existing.id, input })
          : await call('pattern_add', { input });
        fill(status, tNodes('patterns-saved', { name: data(saved.name) }));
        await refresh();
        editor(null);
      } catch (err) {
        // The form keeps what was typed; only the reason is shown.
        status.textContent = t('patterns-not-saved', { reason: errorText(err) });
      }
    });
    fill(formSlot, form);
  }

  async function remove(p) {
    try {
      await call('pattern_delete', { id: p.id });
      const undo = el('button', { type: 'button', class: 'button quiet' }, t('patterns-undo'));
      undo.addEventListener('click', async () => {
        try {
          await call('pattern_add', { input: { name: p.name, seconds: p.seconds } });
          fill(status, tNodes('patterns-back-again', { name: data(p.name) }));
          await refresh();
        } catch (err) { status.textContent = errorText(err); }
      });
      fill(status, tNodes('patterns-deleted', { name: data(p.name) }), ' ', undo);
      await refresh();
      undo.focus();
    } catch (err) {
      status.textContent = t('patterns-not-deleted', { reason: errorText(err) });
    }
  }

  async function refresh() {
    const own = (await call('breathing_patterns')).filter((p) => p.own);
    if (!live) return;
    fill(list, ...(own.length ? own.map((p) => el('li', {},
      el('span', {}, el('strong', { translate: 'no' }, p.name), ' ', describe(p.seconds)),
      el('span', { class: 'actions' },
        el('button', { type: 'button', class: 'button quiet', 'aria-label': attr('patterns-change', 'aria-label', { name: p.name }), onclick: () => editor(p) }, t('patterns-change')),
        el('button', { type: 'button', class: 'button quiet', 'aria-label': attr('patterns-delete', 'aria-label', { name: p.name }), onclick: () => remove(p) }, t('patterns-delete')))))
      : [el('li', { class: 'muted' }, t('patterns-none'))]));
  }

  call('protection_status').then((state) => {
    if (state === 'locked') throw { code: 'protected' };
    return refresh().then(() => editor(null));
  }).catch((e) => {
    if (showLocked(container, e, { title: t('patterns-title'), what: 'lock-own-patterns', again: () => ctx.go('patterns') })) return;
    status.textContent = errorText(e);
  });
  return () => { live = false; };
}
