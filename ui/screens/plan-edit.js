// Changing the plan: every section, each item saving itself as it is typed.
import { call, el, fill } from '../lib/api.js';
import { saveTracker, sectionEditor } from '../lib/plan-items.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status save-state', role: 'status', id: 'plan-status' }, 'All changes saved.');
  const saver = saveTracker(status);
  ctx.beforeClose(() => saver.flush());
  const body = el('div');
  let live = true;

  async function draw(opts = {}) {
    await saver.flush();
    const [plan, sections] = await Promise.all([call('plan_get'), call('plan_sections')]);
    if (!live) return;
    fill(body, ...sections.map((s) => el('section', { class: 'edit-section', 'aria-labelledby': `edit-${s.id}` },
      el('h2', { id: `edit-${s.id}` }, s.title),
      sectionEditor(s, plan[s.id], saver, draw, ctx.limits?.plan_text))));
    if (opts.undo) {
      const undo = el('button', { type: 'button', class: 'button quiet small' }, 'Undo');
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
    el('h1', {}, 'Change my plan'),
    el('p', { class: 'muted' }, 'Changes save as you type. Escape or Done takes you back.'),
    status, body,
    el('p', { class: 'actions' }, el('button', { type: 'button', class: 'button', onclick: async () => { await saver.flush(); ctx.go('plan'); } }, 'Done')));
  draw().catch((e) => { status.textContent = e.message; });
  return () => { live = false; saver.flush(); };
}
