// After a slip: a close-call note. What happened, what was going on (HALT), what helped
// or could, what I will do next, who I can tell. No counter, no streak, nothing resets,
// and no word of shame: a slip is something to learn from and tell someone about.
import { call, el, fill } from '../lib/api.js';
import { errorText, t } from '../lib/words.js';

const PARTS = ['helped', 'next', 'tell'];

export function render(container, ctx) {
  let live = true;
  let saved = false;
  const max = String(ctx.limits?.plan_text ?? 2000);
  const status = el('p', { class: 'status', role: 'status' });
  const field = (id, rows = '3') => el('textarea', { id: `close-${id}`, rows, maxlength: max, 'aria-describedby': `close-${id}-hint` });
  const happened = field('happened');
  const parts = Object.fromEntries(PARTS.map((p) => [p, field(p, '2')]));
  const halt = el('div', { class: 'options' });
  const row = (id, input) => el('p', { class: 'close-part' },
    el('label', { for: `close-${id}` }, t(`close-${id}-label`)),
    el('span', { class: 'muted', id: `close-${id}-hint` }, t(`close-${id}-hint`)),
    input);
  const form = el('form', { class: 'close-call' },
    row('happened', happened),
    el('fieldset', {}, el('legend', {}, t('close-halt-legend')), halt),
    ...PARTS.map((p) => row(p, parts[p])),
    el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button' }, t('close-save'))));
  const note = () => ({
    happened: happened.value,
    parts: {
      halt: [...halt.querySelectorAll('input:checked')].map((i) => i.value),
      ...Object.fromEntries(PARTS.map((p) => [p, parts[p].value])),
    },
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await call('close_call_add', note());
      saved = true;
      fill(form, el('p', {}, t('close-kept')),
        el('p', { class: 'actions' },
          el('button', { type: 'button', class: 'button', onclick: () => ctx.go('lists') }, t('close-open-lists')),
          el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('help') }, t('close-reach'))));
      form.querySelector('button')?.focus();
      ctx.announce(t('close-kept'));
    } catch (err) { status.textContent = errorText(err); }
  });
  // Closing the window keeps what is written, once there is something to keep.
  ctx.beforeClose(async () => {
    if (!saved && happened.value.trim()) await call('close_call_add', note()).catch(() => {});
  });
  container.append(el('h1', {}, t('close-title')), el('p', {}, t('close-lead')), form, status);
  call('halt_needs').then((needs) => {
    if (!live) return;
    fill(halt, needs.map((n) => el('label', {},
      el('input', { type: 'checkbox', name: 'halt', value: n }), t(`urge-halt-${n}`))));
  }).catch(() => {});
  return () => { live = false; };
}
