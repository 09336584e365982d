// Bringing in a plan from a JSON file: checked and previewed first, replacing the current
// plan only when the person says so.
import { call, el, fill } from '../lib/api.js';
import { overview } from '../lib/plan-view.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status' });
  const preview = el('div');
  const file = el('input', { type: 'file', id: 'plan-file', accept: '.json,application/json' });
  container.append(
    el('h1', {}, 'Bring in a plan from a file'),
    el('p', {}, 'Choose a copy of a plan saved from Steady. You will see it before anything changes, and your current plan is kept under Earlier versions.'),
    el('p', {}, el('label', { for: 'plan-file' }, 'Plan file '), file),
    preview, status);

  file.addEventListener('change', async () => {
    fill(preview);
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 1024 * 1024) {
      status.textContent = 'That file is larger than 1 MiB, far larger than any plan. Nothing has been changed.';
      return;
    }
    const bytes = Array.from(new Uint8Array(await f.arrayBuffer()));
    try {
      const [plan, sections] = await Promise.all([call('plan_import_preview', { bytes }), call('plan_sections')]);
      const yes = el('button', { type: 'button', class: 'button' }, 'Use this plan');
      yes.addEventListener('click', async () => {
        try {
          await call('plan_import', { bytes });
          ctx.go('plan');
        } catch (e) { status.textContent = `Not changed. ${e.message}`; }
      });
      status.textContent = '';
      fill(preview, el('h2', {}, 'This is the plan in the file'), overview(plan, sections), el('p', { class: 'actions' }, yes));
    } catch (e) {
      status.textContent = e.message;
    }
  });
}
