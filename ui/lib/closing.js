// What happens when the window is closed: save what is pending, then quit or hide to
// the tray, as Rust asked. The first time it would hide, say what that means and let
// the person choose.
import { call, el } from './api.js';
import { t } from './words.js';

function explain(onKeep, onQuit) {
  const keep = el('button', { type: 'button', class: 'button' }, t('app-tray-keep'));
  const quit = el('button', { type: 'button', class: 'button quiet' }, t('app-tray-quit'));
  const stay = el('button', { type: 'button', class: 'button quiet' }, t('app-tray-cancel'));
  const dialog = el('dialog', { class: 'explain', 'aria-labelledby': 'tray-title', 'aria-describedby': 'tray-text' },
    el('h2', { id: 'tray-title' }, t('app-tray-title')),
    el('p', { id: 'tray-text' }, t('app-tray-text')),
    el('p', { class: 'actions' }, keep, quit, stay));
  const done = (f) => () => { dialog.close(); dialog.remove(); f(); };
  keep.addEventListener('click', done(onKeep));
  quit.addEventListener('click', done(onQuit));
  stay.addEventListener('click', done(() => {}));
  // Escape closes a modal dialog by itself: that is "cancel".
  dialog.addEventListener('cancel', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
  keep.focus();
}

// `flush` saves whatever screens have pending; `goHome` stops what runs (breathing).
export function onClosing({ mode, generation }, { flush, goHome }) {
  return (async () => {
    await flush();
    if (mode === 'quit') {
      await call('window_close', { generation });
      return;
    }
    if (mode === 'tray') {
      goHome();
      await call('window_hide', { generation });
      return;
    }
    await call('close_hold', { generation });
    const settings = await call('get_settings');
    explain(async () => {
      await call('save_settings', { settings: { ...settings, tray_explained: true } }).catch(() => {});
      goHome();
      await call('window_hide', { generation });
    }, async () => {
      await call('save_settings', { settings: { ...settings, tray_explained: true, close_to_tray: false } }).catch(() => {});
      await call('window_close', { generation });
    });
  })().catch(() => call('window_close', { generation }).catch(() => {}));
}
