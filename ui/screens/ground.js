// Grounding: back to this room, this moment, this body, one step at a time. Any step can
// be skipped; Escape and F1 always lead on, and B, P, H too where nothing invites typing.
import { call, el, fill } from '../lib/api.js';
import { ending } from '../lib/ending.js';
import { rating } from '../lib/rating.js';


const WAYS_ON = 'B breathe · P my plan · H get help now · Escape home';
// Where a step asks the person to type, letters are theirs; only these keys lead on.
const WAYS_ON_TYPING = 'F1 get help now · Escape home';

export function render(container, ctx) {
  let timer = null;
  const started = Date.now();
  let before = null;

  function frame(children, { field = null } = {}) {
    clearInterval(timer);
    fill(container, ...children, el('p', { class: 'muted ways-on' }, field ? WAYS_ON_TYPING : WAYS_ON));
    // A step that invites typing puts the field in focus, so a letter typed goes there
    // and never opens another screen; otherwise the heading, so B, P and H work.
    if (field) { field.focus(); return; }
    const h = container.querySelector('h1');
    if (h) { h.tabIndex = -1; h.focus(); }
  }

  function start() {
    const r = rating('How strong is it right now?');
    frame([
      el('h1', {}, 'Ground'),
      el('p', {}, 'Back to this room, this moment, this body. Go at your own pace; skip anything that does not suit you.'),
      r.element,
      el('p', { class: 'actions' },
        el('button', { type: 'button', class: 'button', onclick: () => { before = r.value(); walk(0); } }, 'Begin'),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('ground-shape') }, 'Shape these steps'))]);
  }

  let steps = [];
  let statements = [];

  function walk(i) {
    if (i >= steps.length) { finish().catch(() => ctx.go('home')); return; }
    const s = steps[i];
    const next = el('button', { type: 'button', class: 'button' }, i === steps.length - 1 ? 'Finish' : 'Next');
    next.addEventListener('click', () => walk(i + 1));
    const skip = el('button', { type: 'button', class: 'button quiet' }, 'Skip this step');
    skip.addEventListener('click', () => walk(i + 1));
    const body = [el('p', { class: 'plan-text', id: 'step-text' }, s.text)];
    let field = null;
    if (s.count) {
      const noticed = el('ol', { class: 'noticed' });
      const counter = el('p', { class: 'count-line', 'aria-live': 'polite' }, `0 of ${s.count} noticed`);
      // Focus lands here, so the step's own words describe the field for a screen reader.
      const input = el('input', { type: 'text', id: 'notice', autocomplete: 'off', maxlength: 200, 'aria-describedby': 'step-text' });
      const form = el('form', { class: 'notice-form' },
        el('label', { for: 'notice' }, 'Type what you notice, if you like, and press Enter '), input);
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        if (!input.value.trim()) { next.click(); return; }
        noticed.append(el('li', {}, input.value.trim()));
        input.value = '';
        counter.textContent = `${noticed.children.length} of ${s.count} noticed`;
        if (noticed.children.length >= s.count) next.focus();
      });
      body.push(counter, form, noticed);
      field = input;
    }
    if (s.orientation) {
      const now = el('p', { class: 'now', 'aria-live': 'off' });
      const tick = () => {
        now.textContent = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(new Date());
      };
      tick();
      body.push(now, statements.length
        ? el('ul', { class: 'statements' }, statements.map((t) => el('li', {}, t)))
        : el('p', { class: 'muted' }, 'You can write your own sentences for this step, such as your name or “this is now, not then”, under Shape these steps.'));
      frame([heading(i, s), ...body, el('p', { class: 'actions' }, next, skip)]);
      timer = setInterval(tick, 15_000);
      return;
    }
    frame([heading(i, s), ...body, el('p', { class: 'actions' }, next, skip)], { field });
  }

  function heading(i, s) {
    container.dataset.step = s.id;
    return el('div', {},
      el('p', { class: 'muted' }, `Step ${i + 1} of ${steps.length}${s.group ? ` · ${s.group}` : ''}`),
      el('h1', {}, s.title || 'Your own step'));
  }

  async function finish() {
    delete container.dataset.step;
    const { form } = await ending(ctx, {
      legend: 'And now, how strong is it?',
      entry: () => ({ tool: 'grounding', detail: '', seconds: Math.round((Date.now() - started) / 1000), before }),
    });
    frame([el('h1', {}, 'You are here, now.'), el('p', {}, 'Take a moment before you move on.'), form]);
  }

  call('grounding_get').then((v) => { steps = v.walk; statements = v.statements; start(); })
    .catch((e) => frame([el('h1', {}, 'Ground'), el('p', { role: 'alert' }, e.message)]));
  return () => clearInterval(timer);
}
