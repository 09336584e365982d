// The person's own breathing patterns: make, change and delete them. The core checks
// every value and says why it refuses one.
import { call, el, fill } from '../lib/api.js';
import { describe } from './breathe.js';


const PARTS = [
  ['in', 'Breathe in'],
  ['top_up', 'Top-up breath in'],
  ['hold_in', 'Hold after breathing in'],
  ['out', 'Breathe out'],
  ['hold_out', 'Hold after breathing out'],
];

export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status', id: 'patterns-status' });
  const list = el('ul', { class: 'own-list' });
  const formSlot = el('div');
  let live = true;

  container.append(
    el('h1', {}, 'Your own patterns'),
    el('p', {}, 'Up to five parts to a breath, each from 0 to 20 seconds in half seconds. Leave a part at 0 to skip it.'),
    list, formSlot, status,
    el('p', {}, el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('breathe') }, 'Back to breathing')));

  function editor(existing) {
    const s = existing?.seconds ?? { in: 4, top_up: 0, hold_in: 0, out: 6, hold_out: 0 };
    const form = el('form', { 'aria-label': existing ? `Change ${existing.name}` : 'New pattern' },
      el('h2', {}, existing ? `Change “${existing.name}”` : 'Make a new pattern'),
      el('p', {}, el('label', { for: 'pattern-name' }, 'Name '),
        el('input', { id: 'pattern-name', name: 'name', value: existing?.name ?? '', maxlength: ctx.limits?.pattern_name, autocomplete: 'off' })),
      el('div', { class: 'parts' }, PARTS.map(([k, label]) => el('p', {},
        el('label', { for: `part-${k}` }, `${label} (seconds) `),
        el('input', { id: `part-${k}`, name: k, type: 'number', min: 0, max: ctx.limits?.phase_seconds, step: ctx.limits?.phase_step, value: s[k] ?? 0, inputmode: 'decimal' })))),
      el('p', { class: 'actions' },
        el('button', { type: 'submit', class: 'button' }, existing ? 'Save changes' : 'Save pattern'),
        existing ? el('button', { type: 'button', class: 'button quiet', onclick: () => editor(null) }, 'Cancel') : null));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const input = { name: String(data.get('name') ?? ''), seconds: {} };
      for (const [k] of PARTS) input.seconds[k] = Number(data.get(k) || 0);
      try {
        const saved = existing
          ? await call('pattern_update', { id: existing.id, input })
          : await call('pattern_add', { input });
        status.textContent = `Saved “${saved.name}”.`;
        await refresh();
        editor(null);
      } catch (err) {
        // The form keeps what was typed; only the reason is shown.
        status.textContent = `Not saved. ${err.message}`;
      }
    });
    fill(formSlot, form);
  }

  async function remove(p) {
    try {
      await call('pattern_delete', { id: p.id });
      const undo = el('button', { type: 'button', class: 'button quiet' }, 'Undo');
      undo.addEventListener('click', async () => {
        try {
          await call('pattern_add', { input: { name: p.name, seconds: p.seconds } });
          status.textContent = `“${p.name}” is back.`;
          await refresh();
        } catch (err) { status.textContent = err.message; }
      });
      fill(status, `Deleted “${p.name}”. `, undo);
      await refresh();
      undo.focus();
    } catch (err) {
      status.textContent = `Not deleted. ${err.message}`;
    }
  }

  async function refresh() {
    const own = (await call('breathing_patterns')).filter((p) => p.own);
    if (!live) return;
    fill(list, ...(own.length ? own.map((p) => el('li', {},
      el('span', {}, el('strong', {}, p.name), ` ${describe(p.seconds)}`),
      el('span', { class: 'actions' },
        el('button', { type: 'button', class: 'button quiet', 'aria-label': `Change ${p.name}`, onclick: () => editor(p) }, 'Change'),
        el('button', { type: 'button', class: 'button quiet', 'aria-label': `Delete ${p.name}`, onclick: () => remove(p) }, 'Delete'))))
      : [el('li', { class: 'muted' }, 'You have no patterns of your own yet.')]));
  }

  refresh().then(() => editor(null)).catch((e) => { status.textContent = e.message; });
  return () => { live = false; };
}
