// Bringing in a plan from a JSON file: checked and previewed first, replacing the current
// plan only when the person says so.
import { call, el, fill } from '../lib/api.js';
import { overview } from '../lib/plan-view.js';
import { errorText, t } from '../lib/words.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status' });
  const preview = el('div');
  const file = el('input', { type: 'file', id: 'plan-file', accept: '.json,application/json' });
  container.append(
    el('h1', {}, t('plan-import-title')),
    el('p', {}, t('plan-import-intro')),
    el('p', {}, el('label', { for: 'plan-file' }, t('plan-import-file')), ' ', file),
    preview, status);

  file.addEventListener('change', async () => {
    fill(preview);
    const f = file.files?.[0];
    if (!f) return;
    if (f.size > 1024 * 1024) {
      status.textContent = t('plan-import-too-large');
      return;
    }
    const bytes = Array.from(new Uint8Array(await f.arrayBuffer()));
    try {
      const [plan, sections] = await Promise.all([call('plan_import_preview', { bytes }), call('plan_sections')]);
      const yes = el('button', { type: 'button', class: 'button' }, t('plan-import-use'));
      yes.addEventListener('click', async () => {
        try {
          await call('plan_import', { bytes });
          ctx.go('plan');
        } catch (e) { status.textContent = t('plan-import-not-changed', { reason: errorText(e) }); }
      });
      status.textContent = '';
      fill(preview, el('h2', {}, t('plan-import-preview')), overview(plan, sections), el('p', { class: 'actions' }, yes));
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
}
