// My plan, read first: the person's own steps, one at a time, worked top to bottom.
// Editing is a deliberate switch; an empty plan starts a gentle guided setup.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { itemView, overview } from '../lib/plan-view.js';
import { data, errorText, t, tNodes } from '../lib/words.js';


/** The person's true sentences (Your own words), offered beside the plan. */
function truths(own) {
  const list = own.find((l) => l.name === 'true_sentences');
  if (!list) return null;
  return el('section', { class: 'panel truths', 'aria-labelledby': 'truths-h' },
    el('h2', { id: 'truths-h' }, t('lists-true_sentences-title')),
    el('ul', { translate: 'no' }, list.entries.map((e) => el('li', {}, el('bdi', {}, e.text)))));
}

export function render(container, ctx) {
  let live = true;
  let onKey = null;

  // The own lists that may join the printout and the saved Markdown, when ticked.
  const OWN = ['true_sentences', 'next_session', 'moments', 'play_forward'];
  const ownLists = () => Promise.all(OWN.map((name) => call('list_get', { list: name }).catch(() => [])))
    .then((all) => OWN.map((name, i) => ({ name, entries: all[i] })).filter((l) => l.entries.length));

  Promise.all([call('plan_get'), call('plan_sections'), call('plan_versions'), ownLists()]).then(([plan, sections, versions, own]) => {
    if (!live) return;
    const steps = sections.filter((s) => plan[s.id]?.length);
    if (!steps.length) {
      fill(container,
        el('h1', {}, t('plan-title')),
        el('p', {}, t('plan-empty-intro')),
        el('p', {}, t('plan-empty-time')),
        el('p', { class: 'actions' },
          el('button', { type: 'button', class: 'button', onclick: () => ctx.go('plan-setup') }, t('plan-start-writing')),
          versions.length
            ? el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-history') }, t('plan-bring-back-earlier'))
            : null,
          el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-import') }, t('plan-bring-in-file'))));
      focus();
      return;
    }
    let at = 0;
    const card = el('section', { class: 'panel step', 'aria-live': 'polite' });
    const back = el('button', { type: 'button', class: 'button quiet' }, t('plan-step-back'));
    const next = el('button', { type: 'button', class: 'button' }, t('plan-step-next'));
    const whole = el('div', { hidden: true }, overview(plan, sections));
    const tools = el('p', { class: 'status', role: 'status' });
    // Ticked lists follow the plan on paper and in the saved Markdown; nothing is ticked
    // at first, so nothing private goes out unless the person says so.
    const printed = el('div', {});
    const ticks = own.map((l) => el('label', {}, el('input', { type: 'checkbox', name: 'include', value: l.name }), t(`lists-${l.name}-title`)));
    const ticked = () => ticks.map((label) => label.firstChild).filter((box) => box.checked).map((box) => box.value);
    const include = own.length
      ? el('fieldset', { class: 'plan-include' }, el('legend', {}, t('plan-include-legend')), el('div', { class: 'options' }, ticks))
      : null;
    include?.addEventListener('change', () => {
      fill(printed, own.filter((l) => ticked().includes(l.name)).map((l) => el('section', {},
        el('h2', {}, t(`lists-${l.name}-title`)),
        el('ul', {}, l.entries.map((e) => el('li', {}, el('bdi', {}, e.text)))))));
    });
    const toggle = el('button', { type: 'button', class: 'button quiet', 'aria-expanded': 'false' }, t('plan-whole-show'));
    toggle.addEventListener('click', () => {
      whole.hidden = !whole.hidden;
      toggle.setAttribute('aria-expanded', String(!whole.hidden));
      toggle.textContent = t(whole.hidden ? 'plan-whole-show' : 'plan-whole-hide');
    });

    function show() {
      const s = steps[at];
      card.dataset.step = s.id;
      fill(card,
        el('h2', {}, tNodes('plan-step-heading', { n: at + 1, total: steps.length, title: data(s.title) })),
        ...plan[s.id].map((item) => itemView(s, item, ctx.announce)),
        at === steps.length - 1
          ? el('p', { class: 'muted' }, t('plan-last-step'))
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
      el('h1', {}, t('plan-title')),
      el('p', { class: 'muted' }, t('plan-read-hint')),
      card,
      el('p', { class: 'actions' }, back, next),
      truths(own),
      el('p', { class: 'actions plan-tools' },
        toggle,
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-edit') }, t('plan-change')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-history') }, t('plan-earlier-versions')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('plan-import') }, t('plan-bring-in-file')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => call('print_page').catch((e) => { tools.textContent = errorText(e); }) }, t('plan-print')),
        ...[['markdown', t('plan-save-text')], ['json', t('plan-save-json')]].map(([format, label]) =>
          el('button', { type: 'button', class: 'button quiet', onclick: () => saveCopy(format) }, label))),
      include,
      tools,
      whole,
      el('div', { class: 'print-only' }, el('p', {}, t('plan-export-title')), overview(plan, sections), printed));
    // Saves a copy where the person chooses. With protection on, a readable copy is
    // said to be readable first, and a protected one offered instead.
    function exportAs(format) {
      return call('plan_export', { format, include: format === 'markdown' ? ticked() : [] })
        .then((path) => { fill(tools, path ? tNodes('plan-saved-to', { path: data(path) }) : null); })
        .catch((e) => { tools.textContent = t('plan-not-saved', { reason: errorText(e) }); });
    }
    async function saveCopy(format) {
      const state = await call('protection_status').catch(() => 'off');
      if (state === 'off') return exportAs(format);
      const anyway = el('button', { type: 'button', class: 'button quiet' }, t('plan-save-readable-anyway'));
      const sealed = el('button', { type: 'button', class: 'button' }, t('plan-save-protected'));
      const cancel = el('button', { type: 'button', class: 'button quiet' }, t('plan-save-cancel'));
      anyway.addEventListener('click', () => exportAs(format));
      sealed.addEventListener('click', () => exportAs('protected'));
      cancel.addEventListener('click', () => { fill(tools); toggle.focus(); });
      fill(tools, el('span', { class: 'warning' }, t('plan-save-readable-warning')), ' ',
        el('span', { class: 'actions' }, sealed, anyway, cancel));
      sealed.focus();
      return null;
    }
    show();
    focus();
  }).catch((e) => {
    if (showLocked(container, e, { title: t('plan-title'), what: 'lock-plan', again: () => ctx.go('plan') })) return;
    fill(container, el('h1', {}, t('plan-title')), el('p', { role: 'alert' }, errorText(e)));
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
