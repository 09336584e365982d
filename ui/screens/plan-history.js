// Earlier versions of the plan: preview one, then restore it. A plan that an import or a
// restore replaced is kept apart ("kept when replaced") until the person deletes it.
import { call, el, fill } from '../lib/api.js';
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
    el('p', { class: 'muted' }, 'Steady keeps the last 20 versions, and every plan you replaced by bringing one back or bringing in a file. Look at one before you bring it back.'),
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
    fill(preview,
      el('h2', { tabindex: -1 }, `The version from ${when(v.taken)}`),
      overview(plan, sections),
      el('p', { class: 'muted' }, 'Bringing it back replaces your current plan. Your current plan is then kept at the top of this list until you delete it.'),
      el('p', { class: 'actions' }, restore, v.pinned ? forget(v) : null));
    preview.querySelector('h2').focus();
  }

  function forget(v) {
    const button = el('button', { type: 'button', class: 'button quiet' }, 'Delete this kept plan');
    let armed = false;
    button.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        button.textContent = 'Press again to delete it for good';
        return;
      }
      try {
        await call('plan_unpin', { id: v.id });
        fill(preview);
        status.textContent = 'The kept plan has been deleted.';
        load();
      } catch (e) { status.textContent = `Not deleted. ${e.message}`; }
    });
    return button;
  }

  const empty = el('p', { hidden: true }, 'There are no earlier versions yet.');
  list.after(empty);
  function load() {
    Promise.all([call('plan_versions'), call('plan_sections')]).then(([versions, sections]) => {
      if (!live) return;
      empty.hidden = versions.length > 0;
      const latest = versions.find((v) => !v.pinned);
      fill(list, ...versions.map((v) => el('li', {},
        el('button', { type: 'button', class: 'button quiet', onclick: () => showVersion(v, sections).catch((e) => { status.textContent = e.message; }) },
          `${when(v.taken)}${v.pinned ? ' (kept when replaced)' : v === latest ? ' (the latest)' : ''}`))));
    }).catch((e) => { status.textContent = e.message; });
  }
  load();
  return () => { live = false; };
}
