// Shaping the grounding script: order, hide, write your own steps and statements.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { attr, errorText, t } from '../lib/words.js';

export function render(container, ctx) {
  const most = ctx.limits?.own_step_text;
  const status = el('p', { class: 'status', role: 'status', id: 'shape-status' });
  const list = el('ol', { class: 'shape-list', 'aria-label': t('ground-shape-list') });
  const own = el('textarea', { id: 'own-step', rows: 2, maxlength: most });
  const statements = el('textarea', { id: 'statements', rows: 4 });
  let live = true;
  let savedStatements = '';

  async function change(op, focusLabel) {
    try {
      draw(await call('grounding_shape', { change: op }));
      status.textContent = t('ground-shape-saved');
      if (focusLabel) [...list.querySelectorAll('button, input')].find((b) => b.getAttribute('aria-label') === focusLabel)?.focus();
      return true;
    } catch (e) {
      status.textContent = t('ground-shape-not-saved', { reason: errorText(e) });
      return false;
    }
  }

  function draw(v) {
    if (!live) return;
    fill(list, ...v.all.map((s, i) => {
      // A step's name is content (its title or the start of its words), not the catalogue's.
      const name = s.title || s.text.slice(0, 60);
      const include = t('ground-shape-include', { name });
      const up = attr('ground-shape-up', 'aria-label', { name });
      const down = attr('ground-shape-down', 'aria-label', { name });
      const show = el('input', { type: 'checkbox', checked: !s.hidden, 'aria-label': include });
      show.addEventListener('change', () => change({ op: 'hide', id: s.id, hidden: !show.checked }, include));
      return el('li', { class: s.hidden ? 'hidden-step' : '' },
        el('label', {}, show, el('strong', { translate: 'no' }, name),
          s.own ? [' ', el('span', { class: 'muted' }, t('ground-shape-yours'))] : null),
        el('span', { class: 'item-actions' },
          el('button', { type: 'button', class: 'button quiet small', 'aria-label': up, disabled: i === 0, onclick: () => change({ op: 'move', id: s.id, down: false }, up) }, t('ground-shape-up')),
          el('button', { type: 'button', class: 'button quiet small', 'aria-label': down, disabled: i === v.all.length - 1, onclick: () => change({ op: 'move', id: s.id, down: true }, down) }, t('ground-shape-down')),
          s.own ? el('button', { type: 'button', class: 'button quiet small', 'aria-label': attr('ground-shape-delete', 'aria-label', { name }), onclick: () => change({ op: 'delete', id: s.id }) }, t('ground-shape-delete')) : null));
    }));
    savedStatements = v.statements.join('\n');
    statements.value = savedStatements;
  }

  const addOwn = el('button', { type: 'button', class: 'button' }, t('ground-shape-add'));
  addOwn.addEventListener('click', async () => {
    if (await change({ op: 'add', text: own.value })) own.value = '';
  });
  const saveStatements = el('button', { type: 'button', class: 'button' }, t('ground-shape-save-statements'));
  // The button saves, and so does leaving the field or closing the window, so sentences
  // written here are never lost to a forgotten click.
  const keepStatements = () => (statements.value === savedStatements
    ? Promise.resolve(true)
    : change({ op: 'statements', statements: statements.value.split('\n') }));
  saveStatements.addEventListener('click', keepStatements);
  statements.addEventListener('change', keepStatements);
  ctx.beforeClose(keepStatements);

  container.append(
    el('h1', {}, t('ground-shape-title')),
    el('p', { class: 'muted' }, t('ground-shape-intro')),
    list,
    el('h2', {}, t('ground-shape-own-title')),
    el('p', {}, el('label', { for: 'own-step' },
      most == null ? t('ground-shape-own-label') : t('ground-shape-own-label-most', { most }))),
    el('p', {}, own), el('p', {}, addOwn),
    el('h2', {}, t('ground-shape-statements-title')),
    el('p', {}, el('label', { for: 'statements' }, t('ground-shape-statements-label'))),
    el('p', {}, statements), el('p', {}, saveStatements),
    status,
    el('p', {}, el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('ground') }, t('ground-shape-back'))));
  call('grounding_get').then((view) => {
    if (view.locked) throw { code: 'protected' };
    return draw(view);
  }).catch((e) => {
    if (showLocked(container, e, { title: t('ground-shape-title'), what: 'lock-own-steps', again: () => ctx.go('ground-shape') })) return;
    status.textContent = errorText(e);
  });
  return () => { keepStatements(); live = false; };
}
