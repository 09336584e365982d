// Changing the plan: every section, each item saving itself as it is typed.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { saveTracker, sectionEditor } from '../lib/plan-items.js';
import { errorText, t } from '../lib/words.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status save-state', role: 'status', id: 'plan-status' }, t('plan-all-saved'));
  const saver = saveTracker(status);
  ctx.beforeClose(() => saver.flush());
  const body = el('div');
  let live = true;

  async function draw(opts = {}) {
    await saver.flush();
    const [plan, sections] = await Promise.all([call('plan_get'), call('plan_sections')]);
    if (!live) return;
    fill(body, ...sections.map((s) => el('section', { class: 'edit-section', 'aria-labelledby': `edit-${s.id}` },
      el('h2', { id: `edit-${s.id}`, translate: 'no' }, s.title),
      sectionEditor(s, plan[s.id], saver, draw, ctx.limits?.plan_text))));
    if (opts.undo) {
      const undo = el('button', { type: 'button', class: 'button quiet small' }, t('plan-undo'));
      undo.addEventListener('click', async () => {
        await opts.undo.run().catch(() => {});
        draw();
      });
      fill(status, `${opts.undo.text} `, undo);
      undo.focus();
    }
    if (opts.focus) {
      [...body.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === opts.focus)?.focus();
    }
  }

  container.append(
    el('h1', {}, t('plan-edit-title')),
    el('p', { class: 'muted' }, t('plan-edit-hint')),
    status, body,
    el('p', { class: 'actions' }, el('button', { type: 'button', class: 'button', onclick: async () => { await saver.flush(); ctx.go('plan'); } }, t('plan-done'))));
  draw().catch((e) => {
    if (showLocked(container, e, { title: t('plan-edit-title'), what: 'lock-plan', again: () => ctx.go('plan-edit') })) return;
    status.textContent = errorText(e);
  });
  return () => { live = false; saver.flush(); };
}
