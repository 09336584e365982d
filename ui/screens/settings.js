// Settings: look, sound, and where the person's files are kept. Each change saves at once.
import { call, el, fill } from '../lib/api.js';


function radios(name, legend, options, value) {
  return el('fieldset', {},
    el('legend', {}, legend),
    el('div', { class: 'options' }, options.map(([v, label]) =>
      el('label', {}, el('input', { type: 'radio', name, value: v, checked: v === value }), label))));
}

export function render(container, { applyLook, announce, limits }) {
  const status = el('p', { class: 'status', role: 'status', id: 'settings-status' });
  const form = el('form', { 'aria-describedby': 'settings-status' });
  container.append(el('h1', {}, 'Settings'), form, status);
  let saved = null;
  let live = true;

  function show(s) {
    fill(form,
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
      el('fieldset', {},
        el('legend', {}, 'Closing the window'),
        el('label', {}, el('input', { type: 'checkbox', name: 'close_to_tray', checked: s.close_to_tray }),
          'Keep Steady in the tray when I close the window, so it opens again at once'),
        el('p', { class: 'muted' }, 'When this is off, closing the window quits Steady. Quit from the tray menu at any time.')),
      el('fieldset', {},
        el('legend', {}, 'Keys'),
        el('label', {}, el('input', { type: 'checkbox', name: 'single_keys', checked: s.single_keys }),
          'Single letters open screens (B breathe, G ground, U ride the wave, P my plan, W what helped, H get help now, S settings)'),
        el('p', { class: 'muted' }, 'Turn this off if a stray key press might move you away. F1 still opens Get help now, Escape still goes home, and Space still pauses breathing.')),
      el('fieldset', {},
        el('legend', {}, 'What helped'),
        el('label', {}, el('input', { type: 'checkbox', name: 'keep_helped', checked: s.keep_helped }),
          'After breathing, grounding or the wave, keep a private note in What helped without asking'),
        el('p', { class: 'muted' }, 'When this is off, Steady keeps nothing unless you tick the box at the end of a session.')),
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
      close_to_tray: data.get('close_to_tray') === 'on',
      single_keys: data.get('single_keys') === 'on',
      keep_helped: data.get('keep_helped') === 'on',
    };
  }

  async function save() {
    // Start from what is saved now: the shortcut or the tray note may have changed since.
    saved = await call('get_settings').catch(() => saved);
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
      show(saved);
      applyLook(saved);
    }
  }

  form.addEventListener('change', save);
  form.addEventListener('input', (e) => {
    if (e.target.name === 'volume') form.querySelector('#volume-value').textContent = `${e.target.value}%`;
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  const keys = el('section', { 'aria-labelledby': 'shortcut-heading' });
  const login = el('section', { 'aria-labelledby': 'login-heading' });
  const where = el('section', { 'aria-labelledby': 'where-heading' });
  container.append(keys, login, where);
  renderShortcut(keys, () => live, limits?.default_shortcut).catch((e) => announce(e.message));
  renderLogin(login, () => live).catch((e) => announce(e.message));
  Promise.all([call('get_settings'), call('app_info')]).then(([s, info]) => {
    if (!live) return;
    saved = s;
    show(s);
    fill(where,
      el('h2', { id: 'where-heading' }, 'Where your words are kept'),
      el('p', {}, 'Everything you write stays on this computer, in this folder. Steady sends nothing anywhere.'),
      el('p', {}, el('code', { class: 'path', id: 'data-dir' }, info.data_dir)),
      el('p', { class: 'muted' }, `Steady ${info.version}`),
    );
  }).catch((e) => { status.textContent = e.message; announce(e.message); });
  return () => { live = false; };
}

// The system-wide key to breathing: on, off, or another combination.
async function renderShortcut(section, live, defaultShortcut) {
  const status = await call('shortcut_status');
  if (!live()) return;
  const note = el('p', { class: 'status', role: 'status', id: 'shortcut-status' }, status.message);
  const input = el('input', {
    type: 'text', id: 'shortcut-keys', name: 'shortcut-keys', value: status.shortcut ?? defaultShortcut,
    autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'shortcut-hint shortcut-status',
  });
  // Pressing a combination while the field has focus writes it in.
  input.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.altKey || e.metaKey) || ['Control', 'Alt', 'Shift', 'Meta'].includes(e.key)) return;
    e.preventDefault();
    const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Super'].filter(Boolean);
    input.value = [...mods, e.key.length === 1 ? e.key.toUpperCase() : e.key].join('+');
  });
  const use = el('button', { type: 'submit', class: 'button' }, 'Use this shortcut');
  const off = el('button', { type: 'button', class: 'button quiet' }, 'Turn the shortcut off');
  const set = async (shortcut) => {
    try {
      const now = await call('shortcut_set', { shortcut });
      note.classList.remove('error');
      note.textContent = now.message;
    } catch (e) {
      note.classList.add('error');
      note.textContent = `Not changed. ${e.message}`;
    }
  };
  const form = el('form', { 'aria-labelledby': 'shortcut-heading' },
    el('p', {}, el('label', { for: 'shortcut-keys' }, 'Key combination '), input),
    el('p', { class: 'muted', id: 'shortcut-hint' }, `Press the keys while the field is selected, or type them, such as ${defaultShortcut}. Include Ctrl, Alt or Super.`),
    el('p', { class: 'actions' }, use, off));
  form.addEventListener('submit', (e) => { e.preventDefault(); set(input.value); });
  off.addEventListener('click', () => set(null));
  fill(section,
    el('h2', { id: 'shortcut-heading' }, 'Shortcut to breathing'),
    status.wayland
      ? el('p', {}, 'Your desktop may not let Steady set a key that works everywhere. In your desktop\'s keyboard settings, add a custom shortcut that runs:')
      : el('p', {}, 'A key combination that opens breathing from anywhere, even when Steady is in the tray. You can also bind this command in your desktop\'s keyboard settings:'),
    el('p', {}, el('code', { class: 'path', id: 'breathe-command' }, status.command)),
    form, note);
}

// Start at login, waiting in the tray.
async function renderLogin(section, live) {
  const status = await call('autostart_get');
  if (!live()) return;
  const note = el('p', { class: 'status', role: 'status', id: 'login-status' });
  const box = el('input', { type: 'checkbox', id: 'start-at-login', checked: status.enabled, disabled: !status.available });
  box.addEventListener('change', async () => {
    try {
      const now = await call('autostart_set', { enabled: box.checked });
      box.checked = now.enabled;
      note.classList.remove('error');
      note.textContent = now.enabled ? 'Steady will start when you log in, hidden in the tray.' : 'Steady will not start when you log in.';
    } catch (e) {
      box.checked = !box.checked;
      note.classList.add('error');
      note.textContent = `Not changed. ${e.message}`;
    }
  });
  fill(section,
    el('h2', { id: 'login-heading' }, 'Start at login'),
    el('p', {}, el('label', {}, box, 'Start Steady when I log in, hidden in the tray')),
    status.available ? null : el('p', { class: 'muted' }, 'Not available on this system yet.'),
    note);
}
