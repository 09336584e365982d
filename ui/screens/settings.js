// Settings: look, sound, and where the person's files are kept. Each change saves at once.
import { call, el, fill } from '../lib/api.js';
import { data, errorText, lang, t, tNodes } from '../lib/words.js';


// `options` pairs each value with its message id.
function radios(name, legend, options, value) {
  return el('fieldset', {},
    el('legend', {}, t(legend)),
    el('div', { class: 'options' }, options.map(([v, msg]) =>
      el('label', {}, el('input', { type: 'radio', name, value: v, checked: v === value }), t(msg)))));
}

/** A language's name in that language ("Deutsch"), as the system's Intl data has it. */
export function autonym(tag) {
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

/**
 * The language: the system's, or one Steady speaks, each named in itself so a person who
 * cannot read the present language still finds their own. Changing it rewords every
 * screen at once (`setLanguage`), and is kept for the next start.
 */
function languageForm(chosen, system, languages, setLanguage, done) {
  // A language's own name is a name: marked with its language, and never translated.
  const option = (value, name, lang) => el('label', {},
    el('input', { type: 'radio', name: 'language', value, checked: value === (chosen ?? '') }),
    lang ? el('span', { lang, translate: 'no' }, name) : name);
  const form = el('form', { id: 'language-form', 'aria-labelledby': 'language-legend' },
    el('fieldset', {},
      el('legend', { id: 'language-legend' }, t('settings-language')),
      el('div', { class: 'options' },
        option('', tNodes('settings-language-system', { name: data(autonym(system)) })),
        languages.map((tag) => option(tag, autonym(tag), tag)))));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', async (e) => {
    const code = e.target.value || null;
    try {
      done(await setLanguage(code), code, null);
    } catch (err) {
      done(null, code, err);
    }
  });
  return form;
}

const percent = (volume) => new Intl.NumberFormat(lang(), { style: 'percent' }).format(volume / 100);

/**
 * What the shortcut is doing now, from the core's `{state, shortcut, reason?, wayland}`, as
 * text and elements for el() or fill() (the keys are data, kept apart).
 */
function shortcutWords(s) {
  const keys = s.shortcut ?? '';
  if (s.state === 'on') return tNodes('settings-shortcut-on', { keys: data(keys) });
  if (s.state === 'off') return t('settings-shortcut-off');
  if (s.state === 'starting') return t('settings-shortcut-starting');
  if (s.reason === 'no_plugin' || !keys) return t('settings-shortcut-unavailable');
  if (s.reason === 'wayland' || (!s.reason && s.wayland)) return t('settings-shortcut-wayland');
  if (s.reason === 'taken') return tNodes('settings-shortcut-taken', { keys: data(keys) });
  return tNodes('settings-shortcut-failed', { keys: data(keys) });
}

export function render(container, { applyLook, announce, limits, go, setLanguage, params }) {
  const status = el('p', { class: 'status', role: 'status', id: 'settings-status' });
  const form = el('form', { 'aria-describedby': 'settings-status' });
  const language = el('div');
  container.append(el('h1', {}, t('settings-title')), language, form, status);
  let saved = null;
  let live = true;

  function show(s) {
    fill(form,
      radios('theme', 'settings-theme', [['system', 'settings-theme-system'], ['light', 'settings-theme-light'], ['dark', 'settings-theme-dark']], s.theme),
      radios('text_size', 'settings-text-size', [['normal', 'settings-text-size-normal'], ['large', 'settings-text-size-large'], ['larger', 'settings-text-size-larger']], s.text_size),
      radios('motion', 'settings-motion', [['system', 'settings-motion-system'], ['reduce', 'settings-motion-reduce']], s.motion),
      el('fieldset', {},
        el('legend', {}, t('settings-sound')),
        el('p', { class: 'muted' }, t('settings-sound-about')),
        el('label', {}, el('input', { type: 'checkbox', name: 'sound', checked: s.sound }), t('settings-sound-play')),
        el('p', {},
          el('label', { for: 'volume' }, t('settings-volume')), ' ',
          el('input', { type: 'range', id: 'volume', name: 'volume', min: 0, max: 100, step: 5, value: s.volume }),
          el('output', { for: 'volume', id: 'volume-value' }, percent(s.volume)))),
      el('fieldset', {},
        el('legend', {}, t('settings-closing')),
        el('label', {}, el('input', { type: 'checkbox', name: 'close_to_tray', checked: s.close_to_tray }),
          t('settings-close-to-tray')),
        el('p', { class: 'muted' }, t('settings-close-to-tray-about'))),
      el('fieldset', {},
        el('legend', {}, t('settings-keys')),
        el('label', {}, el('input', { type: 'checkbox', name: 'single_keys', checked: s.single_keys }),
          t('settings-single-keys')),
        el('p', { class: 'muted' }, t('settings-single-keys-about'))),
      el('fieldset', {},
        el('legend', {}, t('settings-helped')),
        el('label', {}, el('input', { type: 'checkbox', name: 'keep_helped', checked: s.keep_helped }),
          t('settings-keep-helped')),
        el('p', { class: 'muted' }, t('settings-keep-helped-about'))),
      radios('brings', 'settings-brings', [
        ['partner', 'home-brings-partner'], ['recovery', 'home-brings-recovery'], ['both', 'home-brings-both'],
        ['rather_not_say', 'home-brings-rather_not_say'], ['', 'settings-brings-unanswered'],
      ], s.brings ?? ''),
    );
    form.lastChild.append(el('p', { class: 'muted' }, t('settings-brings-about')));
  }

  function read() {
    const fields = new FormData(form);
    return {
      ...saved,
      theme: fields.get('theme'),
      text_size: fields.get('text_size'),
      motion: fields.get('motion'),
      sound: fields.get('sound') === 'on',
      volume: Number(fields.get('volume')),
      close_to_tray: fields.get('close_to_tray') === 'on',
      single_keys: fields.get('single_keys') === 'on',
      keep_helped: fields.get('keep_helped') === 'on',
      brings: fields.get('brings') || null,
    };
  }

  async function save() {
    // Start from what is saved now: the shortcut or the tray note may have changed since.
    saved = await call('get_settings').catch(() => saved);
    const wanted = read();
    form.querySelector('#volume-value').textContent = percent(wanted.volume);
    try {
      saved = await call('save_settings', { settings: wanted });
      applyLook(saved);
      status.classList.remove('error');
      status.textContent = t('settings-saved');
    } catch (e) {
      status.classList.add('error');
      status.textContent = t('settings-not-saved', { reason: errorText(e) });
      show(saved);
      applyLook(saved);
    }
  }

  form.addEventListener('change', save);
  form.addEventListener('input', (e) => {
    if (e.target.name === 'volume') form.querySelector('#volume-value').textContent = percent(Number(e.target.value));
  });
  form.addEventListener('submit', (e) => e.preventDefault());

  const privacy = el('section', { 'aria-labelledby': 'privacy-heading' },
    el('h2', { id: 'privacy-heading' }, t('settings-privacy-heading')),
    el('p', {}, t('settings-privacy-about')),
    el('p', {}, el('button', { type: 'button', class: 'button quiet', id: 'open-privacy', onclick: () => go('privacy') }, t('settings-privacy-open'))));
  container.append(privacy);
  const keys = el('section', { 'aria-labelledby': 'shortcut-heading' });
  const login = el('section', { 'aria-labelledby': 'login-heading' });
  const where = el('section', { 'aria-labelledby': 'where-heading' });
  container.append(keys, login, where);
  renderShortcut(keys, () => live, limits?.default_shortcut).catch((e) => announce(errorText(e)));
  renderLogin(login, () => live).catch((e) => announce(errorText(e)));
  // After a change of language the screen is drawn again, in the new words, with the
  // focus back on the choice just made and the change said aloud.
  const languageChanged = (now, code, err) => {
    if (err) {
      status.classList.add('error');
      status.textContent = t('settings-not-changed', { reason: errorText(err) });
      return;
    }
    go('settings', { languageChosen: code ?? '', languageNow: now });
  };
  Promise.all([call('get_settings'), call('app_info')]).then(([s, info]) => {
    if (!live) return;
    saved = s;
    show(s);
    fill(language, languageForm(s.language, info.system_language, limits?.languages ?? [], setLanguage, languageChanged));
    if (params?.languageNow) {
      language.querySelector(`input[value="${params.languageChosen}"]`)?.focus();
      announce(t('settings-language-changed', { name: autonym(params.languageNow) }));
    }
    fill(where,
      el('h2', { id: 'where-heading' }, t('settings-where-heading')),
      el('p', {}, t('settings-where-about')),
      el('p', {}, el('code', { class: 'path', id: 'data-dir', translate: 'no' }, info.data_dir)),
      el('p', { class: 'muted' }, tNodes('settings-version', { version: data(info.version) })),
    );
  }).catch((e) => { status.textContent = errorText(e); announce(errorText(e)); });
  return () => { live = false; };
}

// The system-wide key to breathing: on, off, or another combination.
async function renderShortcut(section, live, defaultShortcut) {
  const status = await call('shortcut_status');
  if (!live()) return;
  const note = el('p', { class: 'status', role: 'status', id: 'shortcut-status' }, shortcutWords(status));
  const input = el('input', {
    type: 'text', id: 'shortcut-keys', name: 'shortcut-keys', value: status.shortcut ?? defaultShortcut, translate: 'no',
    autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'shortcut-hint shortcut-status',
  });
  // Pressing a combination while the field has focus writes it in.
  input.addEventListener('keydown', (e) => {
    if (!(e.ctrlKey || e.altKey || e.metaKey) || ['Control', 'Alt', 'Shift', 'Meta'].includes(e.key)) return;
    e.preventDefault();
    const mods = [e.ctrlKey && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', e.metaKey && 'Super'].filter(Boolean);
    input.value = [...mods, e.key.length === 1 ? e.key.toUpperCase() : e.key].join('+');
  });
  const use = el('button', { type: 'submit', class: 'button' }, t('settings-shortcut-use'));
  const off = el('button', { type: 'button', class: 'button quiet' }, t('settings-shortcut-turn-off'));
  const set = async (shortcut) => {
    try {
      const now = await call('shortcut_set', { shortcut });
      note.classList.remove('error');
      fill(note, shortcutWords(now));
    } catch (e) {
      note.classList.add('error');
      note.textContent = t('settings-not-changed', { reason: errorText(e) });
    }
  };
  const form = el('form', { 'aria-labelledby': 'shortcut-heading' },
    el('p', {}, el('label', { for: 'shortcut-keys' }, t('settings-shortcut-keys')), ' ', input),
    el('p', { class: 'muted', id: 'shortcut-hint' }, tNodes('settings-shortcut-hint', { example: data(defaultShortcut ?? '') })),
    el('p', { class: 'actions' }, use, off));
  form.addEventListener('submit', (e) => { e.preventDefault(); set(input.value); });
  off.addEventListener('click', () => set(null));
  fill(section,
    el('h2', { id: 'shortcut-heading' }, t('settings-shortcut-heading')),
    el('p', {}, t(status.wayland ? 'settings-shortcut-about-wayland' : 'settings-shortcut-about')),
    el('p', {}, el('code', { class: 'path', id: 'breathe-command', translate: 'no' }, status.command)),
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
      note.textContent = t(now.enabled ? 'settings-login-on' : 'settings-login-off');
    } catch (e) {
      box.checked = !box.checked;
      note.classList.add('error');
      note.textContent = t('settings-not-changed', { reason: errorText(e) });
    }
  });
  fill(section,
    el('h2', { id: 'login-heading' }, t('settings-login-heading')),
    el('p', {}, el('label', {}, box, t('settings-login-box'))),
    status.available ? null : el('p', { class: 'muted' }, t('settings-login-unavailable')),
    note);
}
