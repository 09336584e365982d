// My plan, read first: the person's own steps, one at a time, worked top to bottom.
// Editing is a deliberate switch; an empty plan starts a gentle guided setup.
import { call, el, fill } from '../lib/api.js';
import { itemView, overview } from '../lib/plan-view.js';


export function render(container, ctx) {
  let live = true;
  let onKey = null;

  Promise.all([call('plan_get'), call('plan_sections'), call('plan_versions')]).then(([plan, sections, versions]) => {
    if (!live) return;
    const steps = sections.filter((s) => plan[s.id]?.length);
    if (!steps.length) {
      fill(container,
        el('h1', {}, 'My plan'),
        el('p', {}, 'A safety plan is a short list, in your own words, of what helps when things get hard: the signs to watch for, what you can do, and who you can reach.'),
        el('p', {}, 'Writing it takes a few minutes. You can stop at any point, skip anything, and come back later. Everything stays on this computer.'),
        el('p', { class: 'actions' },
          el('button', { type: 'button', class: 'button', onclick: () => ctx.go('plan-setup') }, 'Start writing my plan'),
          versions.length
            ? el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-history') }, 'Bring back an earlier version')
            : null,
          el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-import') }, 'Bring in a plan from a file')));
      focus();
      return;
    }
    let at = 0;
    const card = el('section', { class: 'panel step', 'aria-live': 'polite' });
    const back = el('button', { type: 'button', class: 'button quiet' }, 'Back a step');
    const next = el('button', { type: 'button', class: 'button' }, 'Next step');
    const whole = el('div', { hidden: true }, overview(plan, sections));
    const tools = el('p', { class: 'status', role: 'status' });
    const toggle = el('button', { type: 'button', class: 'button quiet', 'aria-expanded': 'false' }, 'See the whole plan');
    toggle.addEventListener('click', () => {
      whole.hidden = !whole.hidden;
      toggle.setAttribute('aria-expanded', String(!whole.hidden));
      toggle.textContent = whole.hidden ? 'See the whole plan' : 'Hide the whole plan';
    });

    function show() {
      const s = steps[at];
      card.dataset.step = s.id;
      fill(card,
        el('h2', {}, `Step ${at + 1} of ${steps.length}: ${s.title}`),
        ...plan[s.id].map((item) => itemView(s, item, ctx.announce)),
        at === steps.length - 1
          ? el('p', { class: 'muted' }, 'This is the last step. If you are not safe right now, use Get help now (H) to reach a person.')
          : null);
      back.disabled = at === 0;
      next.hidden = at === steps.length - 1;
    }
    back.addEventListener('click', () => { if (at > 0) { at -= 1; show(); } });
    next.addEventListener('click', () => { if (at < steps.length - 1) { at += 1; show(); } });
    onKey = (e) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'ArrowRight') next.click();
      if (e.key === 'ArrowLeft') back.click();
    };
    document.addEventListener('keydown', onKey);
    fill(container,
      el('h1', {}, 'My plan'),
      el('p', { class: 'muted' }, 'One step at a time. If a step does not help, go on to the next one. The arrow keys move between steps.'),
      card,
      el('p', { class: 'actions' }, back, next),
      el('p', { class: 'actions plan-tools' },
        toggle,
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-edit') }, 'Change my plan'),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-history') }, 'Earlier versions'),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-import') }, 'Bring in a plan from a file'),
        el('button', { type: 'button', class: 'button quiet', onclick: () => call('print_page').catch((e) => { tools.textContent = e.message; }) }, 'Print'),
        ...[['markdown', 'Save as a text file'], ['json', 'Save a copy Steady can bring back']].map(([format, label]) =>
          el('button', { type: 'button', class: 'button quiet', onclick: () => call('plan_export', { format })
            .then((path) => { tools.textContent = path ? `Saved to ${path}.` : ''; })
            .catch((e) => { tools.textContent = `Not saved. ${e.message}`; }) }, label))),
      tools,
      whole,
      el('div', { class: 'print-only' }, el('p', {}, 'My safety plan'), overview(plan, sections)));
    show();
    focus();
  }).catch((e) => {
    fill(container, el('h1', {}, 'My plan'), el('p', { role: 'alert' }, e.message));
  });

  function focus() {
    const h = container.querySelector('h1');
    if (h) { h.tabIndex = -1; h.focus(); }
  }
  return () => {
    live = false;
    if (onKey) document.removeEventListener('keydown', onKey);
  };
}
