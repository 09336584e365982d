// The unlock form, and the panel a screen shows when what it holds is behind the lock.
// Help, breathing and the built-in grounding steps never show this: they never wait for
// a passphrase.
import { call, el, fill } from './api.js';
import { errorText, t } from './words.js';

let forms = 0;

/**
 * A form that unlocks Steady with the passphrase or, switched, the recovery code.
 * `onUnlocked` runs once it has opened. The field is cleared after every try.
 */
export function unlockForm(onUnlocked) {
  const n = ++forms;
  const id = `unlock-${n}`;
  let byCode = false;
  const label = el('label', { for: id });
  const input = el('input', {
    type: 'password', id, name: 'passphrase', autocomplete: 'current-password',
    spellcheck: 'false', 'aria-describedby': `${id}-status`,
  });
  const status = el('p', { class: 'status', role: 'status', id: `${id}-status` });
  const submit = el('button', { type: 'submit', class: 'button' }, t('lock-unlock'));
  const swap = el('button', { type: 'button', class: 'button quiet' });
  function mode() {
    fill(label, t(byCode ? 'lock-code-label' : 'lock-passphrase-label'));
    input.type = byCode ? 'text' : 'password';
    input.name = byCode ? 'recovery_code' : 'passphrase';
    input.setAttribute('autocomplete', byCode ? 'off' : 'current-password');
    fill(swap, t(byCode ? 'lock-use-passphrase' : 'lock-use-code'));
  }
  swap.addEventListener('click', () => {
    byCode = !byCode;
    input.value = '';
    status.textContent = '';
    mode();
    input.focus();
  });
  const form = el('form', { class: 'unlock', 'aria-label': t('lock-form-name') },
    el('p', {}, label, ' ', input),
    el('p', { class: 'actions' }, submit, swap),
    status);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const typed = input.value;
    input.value = '';
    submit.disabled = true;
    status.classList.remove('error');
    status.textContent = t('lock-opening');
    try {
      await call('protection_unlock', byCode ? { recoveryCode: typed } : { passphrase: typed });
      status.textContent = '';
      onUnlocked();
    } catch (err) {
      status.classList.add('error');
      status.textContent = errorText(err);
      input.focus();
    } finally {
      submit.disabled = false;
    }
  });
  mode();
  return { form, focus: () => input.focus() };
}

/**
 * If `error` says the screen's content is behind the lock, shows that in `container`
 * (the screen's title, what is locked and why, and the unlock form), and returns true.
 * Unlocking opens the same screen again.
 */
export function showLocked(container, error, { title, what, again }) {
  if (error?.code !== 'protected') return false;
  const { form, focus } = unlockForm(again);
  fill(container,
    el('h1', {}, title),
    el('section', { class: 'panel locked', 'data-locked': 'true' },
      el('p', {}, t(what)),
      el('p', { class: 'muted' }, t('lock-help-still-works')),
      form));
  const h = container.querySelector('h1');
  if (h) { h.tabIndex = -1; h.focus(); }
  focus();
  return true;
}
