// Shaping the grounding script: order, hide, write your own steps and statements.
import { call, el, fill } from '../lib/api.js';


export function render(container, ctx) {
  const most = ctx.limits?.own_step_text;
  const status = el('p', { class: 'status', role: 'status', id: 'shape-status' });
  const list = el('ol', { class: 'shape-list', 'aria-label': 'Your grounding steps' });
  const own = el('textarea', { id: 'own-step', rows: 2, maxlength: most });
  const statements = el('textarea', { id: 'statements', rows: 4 });
  let live = true;
  let savedStatements = '';

  async function change(op, focusLabel) {
    try {
      draw(await call('grounding_shape', { change: op }));
      status.textContent = 'Saved.';
      if (focusLabel) [...list.querySelectorAll('button, input')].find((b) => b.getAttribute('aria-label') === focusLabel)?.focus();
      return true;
    } catch (e) {
      status.textContent = `Not saved. ${e.message}`;
      return false;
    }
  }

  function draw(v) {
    if (!live) return;
    fill(list, ...v.all.map((s, i) => {
      const name = s.title || s.text.slice(0, 60);
      const show = el('input', { type: 'checkbox', checked: !s.hidden, 'aria-label': `Include ${name}` });
      show.addEventListener('change', () => change({ op: 'hide', id: s.id, hidden: !show.checked }, `Include ${name}`));
      return el('li', { class: s.hidden ? 'hidden-step' : '' },
        el('label', {}, show, el('strong', {}, name), s.own ? el('span', { class: 'muted' }, ' (yours)') : null),
        el('span', { class: 'item-actions' },
          el('button', { type: 'button', class: 'button quiet small', 'aria-label': `Move ${name} up`, disabled: i === 0, onclick: () => change({ op: 'move', id: s.id, down: false }, `Move ${name} up`) }, 'Up'),
          el('button', { type: 'button', class: 'button quiet small', 'aria-label': `Move ${name} down`, disabled: i === v.all.length - 1, onclick: () => change({ op: 'move', id: s.id, down: true }, `Move ${name} down`) }, 'Down'),
          s.own ? el('button', { type: 'button', class: 'button quiet small', 'aria-label': `Delete ${name}`, onclick: () => change({ op: 'delete', id: s.id }) }, 'Delete') : null));
    }));
    savedStatements = v.statements.join('\n');
    statements.value = savedStatements;
  }

  const addOwn = el('button', { type: 'button', class: 'button' }, 'Add my step');
  addOwn.addEventListener('click', async () => {
    if (await change({ op: 'add', text: own.value })) own.value = '';
  });
  const saveStatements = el('button', { type: 'button', class: 'button' }, 'Save these sentences');
  // The button saves, and so does leaving the field or closing the window, so sentences
  // written here are never lost to a forgotten click.
  const keepStatements = () => (statements.value === savedStatements
    ? Promise.resolve(true)
    : change({ op: 'statements', statements: statements.value.split('\n') }));
  saveStatements.addEventListener('click', keepStatements);
  statements.addEventListener('change', keepStatements);
  ctx.beforeClose(keepStatements);

  container.append(
    el('h1', {}, 'Shape your grounding steps'),
    el('p', { class: 'muted' }, 'Not every step suits everyone. Leave out what does not help, move what helps most to the top, and add your own.'),
    list,
    el('h2', {}, 'A step of your own'),
    el('p', {}, el('label', { for: 'own-step' }, `What to do (up to ${most} characters)`)), el('p', {}, own), el('p', {}, addOwn),
    el('h2', {}, 'Sentences for “This is now”'),
    el('p', {}, el('label', { for: 'statements' }, 'One per line, such as your name, “this is now, not then”, or “I am safe in this room”.')),
    el('p', {}, statements), el('p', {}, saveStatements),
    status,
    el('p', {}, el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('ground') }, 'Back to grounding')));
  call('grounding_get').then(draw).catch((e) => { status.textContent = e.message; });
  return () => { keepStatements(); live = false; };
}
