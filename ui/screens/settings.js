// Settings: look, sound, and where the person's files are kept. Each change saves at once.
import { call, el } from '../lib/api.js';

export const key = 's';

function radios(name, legend, options, value) {
  return el('fieldset', {},
    el('legend', {}, legend),
    el('div', { class: 'options' }, options.map(([v, label]) =>
      el('label', {}, el('input', { type: 'radio', name, value: v, checked: v === value }), label))));
}

export function render(container, { applyLook, announce }) {
  const status = el('p', { class: 'status', role: 'status', id: 'settings-status' });
  const form = el('form', { 'aria-describedby': 'settings-status' });
  container.append(el('h1', {}, 'Settings'), form, status);
  let saved = null;
  let live = true;

  function fill(s) {
    form.replaceChildren(
      radios('theme', 'Theme', [['system', 'Follow the system'], ['light', 'Light'], ['dark', 'Dark']], s.theme),
      radios('text_size', 'Text size', [['normal', 'Normal'], ['large', 'Large'], ['larger', 'Larger']], s.text_size),
      radios('motion', 'Motion', [['system', 'Follow the system'], ['reduce', 'Reduce motion']], s.motion),
      el('fieldset', {},
        el('legend', {}, 'Sound'),
        el('p', { class: 'muted' }, 'Soft cues that guide breathing when your eyes are closed.'),
        el('label', {}, el('input', { type: 'checkbox', name: 'sound', checked: s.sound }), 'Play sound cues'),
        el('p', {},
          el('label', { for: 'volume' }, 'Volume '),
          el('input', { type: 'range', id: 'volume', name: 'volume', min: 0, max: 100, step: 5, value: s.volume }),
          el('output', { for: 'volume', id: 'volume-value' }, `${s.volume}%`))),
    );
  }

  function read() {
    const data = new FormData(form);
    return {
      ...saved,
      theme: data.get('theme'),
      text_size: data.get('text_size'),
      motion: data.get('motion'),
      sound: data.get('sound') === 'on',
      volume: Number(data.get('volume')),
    };
  }

  async function save() {
    const wanted = read();
    form.querySelector('#volume-value').textContent = `${wanted.volume}%`;
    try {
      saved = await call('save_settings', { settings: wanted });
      applyLook(saved);
      status.classList.remove('error');
      status.textContent = 'Saved.';
    } catch (e) {
      status.classList.add('error');
      status.textContent = `Not saved. ${e.message}`;
      fill(saved);
      applyLook(saved);
    }
  }

  form.addEventListener('change', save);
  form.addEventListener('input', (e) => {
    if (e.target.name === 'volume') form.querySelector('#volume-value').textContent = `${e.target.value}%`;
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  const where = el('section', { 'aria-labelledby': 'where-heading' });
  container.append(where);
  Promise.all([call('get_settings'), call('app_info')]).then(([s, info]) => {
    if (!live) return;
    saved = s;
    fill(s);
    where.replaceChildren(
      el('h2', { id: 'where-heading' }, 'Where your words are kept'),
      el('p', {}, 'Everything you write stays on this computer, in this folder. Steady sends nothing anywhere.'),
      el('p', {}, el('code', { class: 'path', id: 'data-dir' }, info.data_dir)),
      el('p', { class: 'muted' }, `Steady ${info.version}`),
    );
  }).catch((e) => { status.textContent = e.message; announce(e.message); });
  return () => { live = false; };
}
