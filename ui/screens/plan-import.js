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
    await show(bytes, {});
  });

  // Previews the file; a protected copy first asks for what opens it. `secret` is
  // {passphrase} or {recoveryCode}, sent again to import.
  async function show(bytes, secret) {
    try {
      const [plan, sections] = await Promise.all([call('plan_import_preview', { bytes, ...secret }), call('plan_sections')]);
      const yes = el('button', { type: 'button', class: 'button' }, t('plan-import-use'));
      yes.addEventListener('click', async () => {
        try {
          await call('plan_import', { bytes, ...secret });
          ctx.go('plan');
        } catch (e) { status.textContent = t('plan-import-not-changed', { reason: errorText(e) }); }
      });
      status.textContent = '';
      fill(preview, el('h2', {}, t('plan-import-preview')), overview(plan, sections), el('p', { class: 'actions' }, yes));
    } catch (e) {
      if (e?.reason === 'protected_file' || (e?.code === 'wrong_secret' && Object.keys(secret).length)) {
        askSecret(bytes, e);
        return;
      }
      status.textContent = errorText(e);
    }
  }

  function askSecret(bytes, error) {
    const input = el('input', { type: 'password', id: 'plan-file-passphrase', autocomplete: 'off', spellcheck: 'false' });
    const byCode = el('input', { type: 'checkbox', id: 'plan-file-by-code' });
    const open = el('button', { type: 'submit', class: 'button' }, t('plan-import-open'));
    const form = el('form', { 'aria-labelledby': 'plan-file-heading' },
      el('h2', { id: 'plan-file-heading' }, t('plan-import-protected')),
      el('p', {}, el('label', { for: 'plan-file-passphrase' }, t('plan-import-passphrase')), ' ', input),
      el('p', {}, el('label', {}, byCode, t('plan-import-by-code'))),
      el('p', { class: 'actions' }, open));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const typed = input.value;
      input.value = '';
      status.textContent = t('lock-opening');
      show(bytes, byCode.checked ? { recoveryCode: typed } : { passphrase: typed });
    });
    fill(preview, form);
    status.textContent = error?.code === 'wrong_secret' ? t('plan-import-wrong') : errorText(error);
    input.focus();
  }
}
