// A gentle first setup: one section at a time, with a prompt, skippable, stoppable.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { saveTracker, sectionEditor } from '../lib/plan-items.js';
import { errorText, t } from '../lib/words.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status', id: 'plan-status' });
  const saver = saveTracker(status);
  ctx.beforeClose(() => saver.flush());
  let at = 0;
  let sections = [];
  // Offered at the end of the setup, never pushed: only while protection is off.
  let offerProtection = false;

  async function show() {
    await saver.flush();
    const plan = await call('plan_get');
    const s = sections[at];
    const editor = sectionEditor(s, plan[s.id], saver, () => show(), ctx.limits?.plan_text);
    const next = el('button', { type: 'button', class: 'button' }, t(at === sections.length - 1 ? 'plan-setup-finish' : 'plan-setup-next'));
    const back = el('button', { type: 'button', class: 'button quiet', disabled: at === 0 }, t('plan-setup-back'));
    next.addEventListener('click', async () => {
      await saver.flush();
      if (at === sections.length - 1) ctx.go('plan');
      else { at += 1; show(); }
    });
    back.addEventListener('click', async () => { at -= 1; show(); });
    fill(container,
      el('h1', {}, t('plan-setup-heading', { n: at + 1, total: sections.length })),
      el('h2', { translate: 'no' }, sections[at].title),
      editor,
      el('p', { class: 'actions' }, back, next,
        el('button', { type: 'button', class: 'button quiet', onclick: async () => { await saver.flush(); ctx.go('plan'); } }, t('plan-setup-stop'))),
      el('p', { class: 'muted' }, t('plan-setup-hint')),
      at === sections.length - 1 && offerProtection
        ? el('p', { class: 'muted' }, t('plan-setup-protect'), ' ',
          el('button', { type: 'button', class: 'button quiet', onclick: async () => { await saver.flush(); ctx.go('privacy'); } }, t('plan-setup-protect-open')))
        : null,
      status);
    const h = container.querySelector('h1');
    h.tabIndex = -1;
    h.focus();
    // Start with a place to write, so the page is never a blank form.
    if (!plan[s.id].length) editor.querySelector('.plan-section-editor > button.button.quiet:last-child')?.click();
  }

  call('protection_status').then((state) => { offerProtection = state === 'off'; }).catch(() => {});
  call('plan_sections').then((s) => { sections = s; return show(); })
    .catch((e) => {
      if (showLocked(container, e, { title: t('plan-title'), what: 'lock-plan', again: () => ctx.go('plan-setup') })) return;
      status.textContent = errorText(e);
    });
  return () => { saver.flush(); };
}
