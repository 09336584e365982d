// A gentle first setup: one section at a time, with a prompt, skippable, stoppable.
import { call, el, fill } from '../lib/api.js';
import { saveTracker, sectionEditor } from '../lib/plan-items.js';


export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status', id: 'plan-status' });
  const saver = saveTracker(status);
  ctx.beforeClose(() => saver.flush());
  let at = 0;
  let sections = [];

  async function show() {
    await saver.flush();
    const plan = await call('plan_get');
    const s = sections[at];
    const editor = sectionEditor(s, plan[s.id], saver, () => show(), ctx.limits?.plan_text);
    const next = el('button', { type: 'button', class: 'button' }, at === sections.length - 1 ? 'Finish' : 'Next');
    const back = el('button', { type: 'button', class: 'button quiet', disabled: at === 0 }, 'Back');
    next.addEventListener('click', async () => {
      await saver.flush();
      if (at === sections.length - 1) ctx.go('plan');
      else { at += 1; show(); }
    });
    back.addEventListener('click', async () => { at -= 1; show(); });
    fill(container,
      el('h1', {}, `Your plan, part ${at + 1} of ${sections.length}`),
      el('h2', {}, sections[at].title),
      editor,
      el('p', { class: 'actions' }, back, next,
        el('button', { type: 'button', class: 'button quiet', onclick: async () => { await saver.flush(); ctx.go('plan'); } }, 'Stop for now')),
      el('p', { class: 'muted' }, 'Leave anything empty that does not fit you. It saves as you type.'),
      status);
    const h = container.querySelector('h1');
    h.tabIndex = -1;
    h.focus();
    // Start with a place to write, so the page is never a blank form.
    if (!plan[s.id].length) editor.querySelector('.plan-section-editor > button.button.quiet:last-child')?.click();
  }

  call('plan_sections').then((s) => { sections = s; return show(); })
    .catch((e) => { status.textContent = e.message; });
  return () => { saver.flush(); };
}
