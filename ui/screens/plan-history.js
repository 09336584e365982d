// Earlier versions of the plan: preview one, then restore it. A plan that an import or a
// restore replaced is kept apart ("kept when replaced") until the person deletes it.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { overview } from '../lib/plan-view.js';
import { data, errorText, lang, t, tNodes } from '../lib/words.js';

// How many recent versions the core keeps (besides the plans kept when replaced).

function when(stamp) {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(stamp);
  if (!m) return stamp;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status' });
  const list = el('ol', { class: 'versions' });
  const preview = el('div');
  container.append(
    el('h1', {}, t('plan-history-title')),
    el('p', { class: 'muted' }, t('plan-history-intro', { kept: ctx.limits.kept_versions })),
    list, preview, status);
  let live = true;

  async function showVersion(v, sections) {
    const plan = await call('plan_version', { id: v.id });
    const restore = el('button', { type: 'button', class: 'button' }, t('plan-history-restore'));
    restore.addEventListener('click', async () => {
      try {
        await call('plan_restore_version', { id: v.id });
        ctx.go('plan');
      } catch (e) { status.textContent = t('plan-history-not-restored', { reason: errorText(e) }); }
    });
    fill(preview,
      el('h2', { tabindex: -1 }, tNodes('plan-history-version', { when: data(when(v.taken)) })),
      overview(plan, sections),
      el('p', { class: 'muted' }, t('plan-history-replaces')),
      el('p', { class: 'actions' }, restore, v.pinned ? forget(v) : null));
    preview.querySelector('h2').focus();
  }

  function forget(v) {
    const button = el('button', { type: 'button', class: 'button quiet' }, t('plan-history-delete-kept'));
    let armed = false;
    button.addEventListener('click', async () => {
      if (!armed) {
        armed = true;
        button.textContent = t('plan-history-delete-confirm');
        return;
      }
      try {
        await call('plan_unpin', { id: v.id });
        fill(preview);
        status.textContent = t('plan-history-kept-deleted');
        load();
      } catch (e) { status.textContent = t('plan-history-not-deleted', { reason: errorText(e) }); }
    });
    return button;
  }

  const empty = el('p', { hidden: true }, t('plan-history-none'));
  list.after(empty);
  function load() {
    Promise.all([call('plan_versions'), call('plan_sections')]).then(([versions, sections]) => {
      if (!live) return;
      empty.hidden = versions.length > 0;
      const latest = versions.find((v) => !v.pinned);
      fill(list, ...versions.map((v) => el('li', {},
        el('button', { type: 'button', class: 'button quiet', onclick: () => showVersion(v, sections).catch((e) => { status.textContent = errorText(e); }) },
          tNodes('plan-history-entry', { when: data(when(v.taken)), mark: v.pinned ? 'kept' : v === latest ? 'latest' : 'other' })))));
    }).catch((e) => {
      if (showLocked(container, e, { title: t('plan-history-title'), what: 'lock-plan', again: () => ctx.go('plan-history') })) return;
      status.textContent = errorText(e);
    });
  }
  load();
  return () => { live = false; };
}
