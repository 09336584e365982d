// Grounding: back to this room, this moment, this body, one step at a time. Any step can
// be skipped; Escape and F1 always lead on, and B, P, H too where nothing invites typing.
import { call, el, fill } from '../lib/api.js';
import { ending } from '../lib/ending.js';
import { rating } from '../lib/rating.js';
import { thisIsNow } from '../lib/now.js';
import { data, errorText, t, tNodes } from '../lib/words.js';

export function render(container, ctx) {
  let stopClock = () => {};
  const started = Date.now();
  let before = null;

  function frame(children, { field = null } = {}) {
    stopClock();
    // Where a step asks the person to type, letters are theirs; only F1 and Escape lead on.
    fill(container, ...children,
      el('p', { class: 'muted ways-on' }, field ? t('ground-ways-on-typing') : t('ground-ways-on')));
    // A step that invites typing puts the field in focus, so a letter typed goes there
    // and never opens another screen; otherwise the heading, so B, P and H work.
    if (field) { field.focus(); return; }
    const h = container.querySelector('h1');
    if (h) { h.tabIndex = -1; h.focus(); }
  }

  function start() {
    const r = rating(t('ground-rating-before'));
    frame([
      el('h1', {}, t('ground-title')),
      el('p', {}, t('ground-intro')),
      r.element,
      el('p', { class: 'actions' },
        el('button', { type: 'button', class: 'button', onclick: () => { before = r.value(); walk(0); } }, t('ground-begin')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('ground-shape') }, t('ground-shape-steps')))]);
  }

  let steps = [];
  let statements = [];

  function walk(i) {
    if (i >= steps.length) { finish().catch(() => ctx.go('home')); return; }
    const s = steps[i];
    const next = el('button', { type: 'button', class: 'button' },
      i === steps.length - 1 ? t('ground-finish') : t('ground-next'));
    next.addEventListener('click', () => walk(i + 1));
    const skip = el('button', { type: 'button', class: 'button quiet' }, t('ground-skip'));
    skip.addEventListener('click', () => walk(i + 1));
    // The step's own words are content (assets/grounding.json or the person's), not the
    // catalogue's.
    const body = [el('p', { class: 'plan-text', id: 'step-text', translate: 'no' }, s.text)];
    let field = null;
    if (s.count) {
      const noticed = el('ol', { class: 'noticed', translate: 'no' });
      const counter = el('p', { class: 'count-line', 'aria-live': 'polite' }, t('ground-noticed', { n: 0, count: s.count }));
      // Focus lands here, so the step's own words describe the field for a screen reader.
      const input = el('input', { type: 'text', id: 'notice', autocomplete: 'off', maxlength: 200, 'aria-describedby': 'step-text' });
      const form = el('form', { class: 'notice-form' },
        el('label', { for: 'notice' }, t('ground-notice-label')), ' ', input);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!input.value.trim()) { next.click(); return; }
        noticed.append(el('li', {}, input.value.trim()));
        input.value = '';
        counter.textContent = t('ground-noticed', { n: noticed.children.length, count: s.count });
        if (noticed.children.length >= s.count) next.focus();
      });
      body.push(counter, form, noticed);
      field = input;
    }
    if (s.orientation) {
      const now = thisIsNow(statements, el('p', { class: 'muted' }, t('ground-statements-none')));
      body.push(...now.parts);
      frame([heading(i, s), ...body, el('p', { class: 'actions' }, next, skip)]);
      stopClock = now.stop;
      return;
    }
    frame([heading(i, s), ...body, el('p', { class: 'actions' }, next, skip)], { field });
  }

  function heading(i, s) {
    container.dataset.step = s.id;
    return el('div', {},
      el('p', { class: 'muted' }, s.group
        ? tNodes('ground-step-group', { n: i + 1, total: steps.length, group: data(s.group) })
        : t('ground-step', { n: i + 1, total: steps.length })),
      s.title ? el('h1', { translate: 'no' }, s.title) : el('h1', {}, t('ground-own-step')));
  }

  async function finish() {
    delete container.dataset.step;
    const { form } = await ending(ctx, {
      legend: t('ground-rating-after'),
      entry: () => ({ tool: 'grounding', seconds: Math.round((Date.now() - started) / 1000), before }),
    });
    frame([el('h1', {}, t('ground-done-title')), el('p', {}, t('ground-done-text')), form]);
  }

  // The person's true sentences (Your own words) join their "this is now" sentences;
  // behind the lock, or unreadable, the walk goes on without them.
  Promise.all([call('grounding_get'), call('list_get', { list: 'true_sentences' }).catch(() => [])])
    .then(([v, own]) => { steps = v.walk; statements = [...v.statements, ...own.map((e) => e.text)]; start(); })
    .catch((e) => frame([el('h1', {}, t('ground-title')), el('p', { role: 'alert' }, errorText(e))]));
  return () => stopClock();
}
