// Privacy: protection with a passphrase (off by default, offered, never pushed), the
// recovery code, locking, hiding Steady at once, and a discreet name. What protection
// guards against, and what it does not, is said before anyone chooses.
import { call, el, fill } from '../lib/api.js';
import { unlockForm } from '../lib/lock.js';
import { data, errorText, t, tNodes } from '../lib/words.js';

let fields = 0;

// A labelled password field.
function secretField(name, label, autocomplete) {
  const id = `privacy-${name}-${++fields}`;
  const input = el('input', { type: 'password', id, name, autocomplete, spellcheck: 'false' });
  return { row: el('p', {}, el('label', { for: id }, t(label)), ' ', input), input };
}

export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status', id: 'privacy-status' });
  const body = el('div');
  const hiding = el('section', { 'aria-labelledby': 'privacy-hide-heading' });
  container.append(el('h1', {}, t('privacy-title')), body, status, hiding);
  let live = true;
  let settings = null;

  const say = (text, error = false) => {
    status.classList.toggle('error', error);
    status.textContent = text;
  };

  async function draw() {
    const [state, s] = await Promise.all([call('protection_status'), call('get_settings')]);
    if (!live) return;
    settings = s;
    if (state === 'off') drawOff();
    else if (state === 'locked') drawLocked();
    else drawOn();
    drawHiding();
  }

  function explain() {
    return [
      el('p', {}, t('privacy-protects')),
      el('p', {}, t('privacy-does-not')),
      el('p', {}, t('privacy-forgetting')),
      el('p', { class: 'muted' }, t('privacy-help-open')),
    ];
  }

  function drawOff() {
    const first = secretField('new-passphrase', 'privacy-new-passphrase', 'new-password');
    const again = secretField('repeat-passphrase', 'privacy-repeat-passphrase', 'new-password');
    const understood = el('input', { type: 'checkbox', name: 'understood', id: 'privacy-understood' });
    const submit = el('button', { type: 'submit', class: 'button' }, t('privacy-turn-on'));
    const hint = el('p', { class: 'muted', id: 'privacy-passphrase-hint' },
      t('privacy-passphrase-hint', { min: ctx.limits?.passphrase_chars?.[0] ?? 8 }));
    first.input.setAttribute('aria-describedby', 'privacy-passphrase-hint');
    const form = el('form', { 'aria-labelledby': 'privacy-on-heading' },
      first.row, again.row, hint,
      el('p', {}, el('label', {}, understood, t('privacy-understood'))),
      el('p', { class: 'actions' }, submit));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (first.input.value !== again.input.value) {
        say(t('privacy-not-the-same'), true);
        again.input.focus();
        return;
      }
      if (!understood.checked) {
        say(t('privacy-tick-first'), true);
        understood.focus();
        return;
      }
      submit.disabled = true;
      say(t('privacy-turning-on'));
      try {
        const { recovery_code: code } = await call('protection_on', { passphrase: first.input.value });
        first.input.value = '';
        again.input.value = '';
        if (live) showCode(code);
      } catch (err) {
        say(errorText(err), true);
        first.input.focus();
      } finally {
        submit.disabled = false;
      }
    });
    fill(body,
      el('p', {}, t('privacy-off')),
      el('h2', { id: 'privacy-on-heading' }, t('privacy-on-heading')),
      explain(),
      form);
  }

  // Shown once, right after protection is turned on: Steady never keeps the code.
  function showCode(code) {
    const copy = el('button', { type: 'button', class: 'button quiet' }, t('privacy-code-copy'));
    const print = el('button', { type: 'button', class: 'button quiet' }, t('privacy-code-print'));
    const done = el('button', { type: 'button', class: 'button' }, t('privacy-code-done'));
    copy.addEventListener('click', () => navigator.clipboard.writeText(code)
      .then(() => say(t('privacy-code-copied')))
      .catch(() => say(t('privacy-code-not-copied'), true)));
    print.addEventListener('click', () => call('print_page').catch((e) => say(errorText(e), true)));
    done.addEventListener('click', () => {
      fill(printed);
      hiding.hidden = false;
      say(t('privacy-now-on'));
      draw().catch((e) => say(errorText(e), true));
    });
    const printed = el('div', { class: 'print-only' },
      el('p', {}, t('privacy-code-print-title')),
      el('p', { class: 'recovery-code', translate: 'no' }, code));
    fill(body,
      el('section', { class: 'panel', 'aria-labelledby': 'privacy-code-heading' },
        el('h2', { id: 'privacy-code-heading' }, t('privacy-code-heading')),
        el('p', {}, t('privacy-code-about')),
        el('p', { class: 'recovery-code', id: 'recovery-code', translate: 'no' }, code),
        el('p', { class: 'actions' }, copy, print, done)),
      printed);
    say(t('privacy-now-on'));
    // Nothing else on the screen while the code is shown: it is the one thing to do now.
    hiding.hidden = true;
    const heading = container.querySelector('h1');
    heading.tabIndex = -1;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }

  function drawLocked() {
    const { form, focus } = unlockForm(() => draw().catch((e) => say(errorText(e), true)));
    fill(body, el('p', {}, t('privacy-locked')), form);
    focus();
  }

  function drawOn() {
    const lockNow = el('button', { type: 'button', class: 'button' }, t('privacy-lock-now'));
    lockNow.addEventListener('click', () => call('protection_lock')
      .then(() => ctx.go('home'))
      .catch((e) => say(errorText(e), true)));

    const after = el('select', { id: 'privacy-lock-after', name: 'lock_after_minutes' },
      (ctx.limits?.lock_after_minutes ?? [0, 5, 10, 15, 30, 60]).map((m) =>
        el('option', { value: m, selected: m === settings.lock_after_minutes },
          m === 0 ? t('privacy-lock-never') : t('privacy-lock-minutes', { minutes: m }))));
    after.addEventListener('change', async () => {
      try {
        settings = await call('save_settings', { settings: { ...settings, lock_after_minutes: Number(after.value) } });
        ctx.applyLook(settings);
        say(t('privacy-saved'));
      } catch (err) {
        say(errorText(err), true);
      }
    });

    const current = secretField('current-passphrase', 'privacy-current-passphrase', 'current-password');
    const next = secretField('changed-passphrase', 'privacy-new-passphrase', 'new-password');
    const nextAgain = secretField('changed-repeat', 'privacy-repeat-passphrase', 'new-password');
    const change = el('form', { 'aria-labelledby': 'privacy-change-heading' },
      current.row, next.row, nextAgain.row,
      el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button quiet' }, t('privacy-change'))));
    change.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (next.input.value !== nextAgain.input.value) {
        say(t('privacy-not-the-same'), true);
        nextAgain.input.focus();
        return;
      }
      say(t('privacy-changing'));
      try {
        await call('protection_change', { passphrase: current.input.value, newPassphrase: next.input.value });
        for (const f of [current, next, nextAgain]) f.input.value = '';
        say(t('privacy-changed'));
      } catch (err) {
        say(errorText(err), true);
      }
    });

    const offPass = secretField('off-passphrase', 'privacy-current-passphrase', 'current-password');
    const off = el('form', { 'aria-labelledby': 'privacy-off-heading' },
      el('p', {}, t('privacy-off-about')),
      offPass.row,
      el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button quiet' }, t('privacy-turn-off'))));
    off.addEventListener('submit', async (e) => {
      e.preventDefault();
      say(t('privacy-turning-off'));
      try {
        await call('protection_off', { passphrase: offPass.input.value });
        offPass.input.value = '';
        say(t('privacy-now-off'));
        await draw();
      } catch (err) {
        say(errorText(err), true);
      }
    });

    fill(body,
      el('p', {}, t('privacy-on')),
      el('p', { class: 'actions' }, lockNow),
      el('p', { class: 'muted' }, tNodes('privacy-lock-keys', { keys: data('Ctrl+L') })),
      el('p', {}, el('label', { for: 'privacy-lock-after' }, t('privacy-lock-after')), ' ', after),
      el('h2', { id: 'privacy-change-heading' }, t('privacy-change-heading')),
      change,
      el('h2', { id: 'privacy-off-heading' }, t('privacy-off-heading')),
      off);
  }

  function drawHiding() {
    const discreet = el('input', { type: 'checkbox', id: 'privacy-discreet', checked: settings.discreet });
    discreet.addEventListener('change', async () => {
      try {
        settings = await call('save_settings', { settings: { ...settings, discreet: discreet.checked } });
        say(t('privacy-saved'));
      } catch (err) {
        discreet.checked = !discreet.checked;
        say(errorText(err), true);
      }
    });
    fill(hiding,
      el('h2', { id: 'privacy-hide-heading' }, t('privacy-hide-heading')),
      el('p', {}, tNodes('privacy-hide-about', { key: data('F9') })),
      el('p', {}, el('label', {}, discreet, t('privacy-discreet'))),
      el('p', { class: 'muted' }, t('privacy-discreet-about')));
  }

  draw().catch((e) => say(errorText(e), true));
  return () => { live = false; };
}
