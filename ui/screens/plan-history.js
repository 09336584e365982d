// Earlier versions of the plan: preview one, then restore it. The plan it replaces is
// kept in the history too.
import { call, el } from '../lib/api.js';
import { overview } from '../lib/plan-view.js';


function when(stamp) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return stamp;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status' });
  const list = el('ol', { class: 'versions' });
  const preview = el('div');
  container.append(
    el('h1', {}, 'Earlier versions of my plan'),
    el('p', { class: 'muted' }, 'Steady keeps the last 20 versions. Look at one before you bring it back.'),
    list, preview, status);
  let live = true;

  async function showVersion(v, sections) {
    const plan = await call('plan_version', { id: v.id });
    const restore = el('button', { type: 'button', class: 'button' }, 'Bring back this version');
    restore.addEventListener('click', async () => {
      try {
        await call('plan_restore_version', { id: v.id });
        ctx.go('plan');
      } catch (e) { status.textContent = `Not restored. ${e.message}`; }
    });
    preview.replaceChildren(
      el('h2', { tabindex: -1 }, `The version from ${when(v.taken)}`),
      overview(plan, sections),
      el('p', { class: 'muted' }, 'Bringing it back replaces your current plan; your current plan stays in this list.'),
      el('p', { class: 'actions' }, restore));
    preview.querySelector('h2').focus();
  }

  Promise.all([call('plan_versions'), call('plan_sections')]).then(([versions, sections]) => {
    if (!live) return;
    if (!versions.length) list.replaceWith(el('p', {}, 'There are no earlier versions yet.'));
    list.replaceChildren(...versions.map((v, i) => el('li', {},
      el('button', { type: 'button', class: 'button quiet', onclick: () => showVersion(v, sections).catch((e) => { status.textContent = e.message; }) },
        `${when(v.taken)}${i === 0 ? ' (the latest)' : ''}`))));
  }).catch((e) => { status.textContent = e.message; });
  return () => { live = false; };
}
