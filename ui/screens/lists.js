// Your own words: three short private lists, never counted or scored. True sentences
// (offered when a reminder hits), things for the next therapy session (which can be
// printed or saved as Markdown), and moments the person got through. Each entry can be
// deleted, and the last deletion undone.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { attr, data, errorText, lang, t, tNodes } from '../lib/words.js';

const LISTS = ['true_sentences', 'next_session', 'moments', 'play_forward', 'close_calls'];

export function render(container, ctx) {
  let live = true;
  const status = el('p', { class: 'status', role: 'status' });
  const sections = el('div', { class: 'own-lists' });
  container.append(el('h1', {}, t('lists-title')), el('p', { class: 'muted' }, t('lists-intro')), sections, status);

  function undoButton() {
    return el('button', { type: 'button', class: 'button quiet small', onclick: async () => {
      try {
        await call('list_undo_delete');
        await draw();
        status.textContent = t('lists-restored');
      } catch (err) { status.textContent = errorText(err); }
    } }, t('lists-undo'));
  }

  /** Close calls: each note with its parts, written on their own screen. */
  function closeCalls(entries) {
    const name = 'close_calls';
    const when = new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' });
    const part = (id, text) => (text ? el('p', { class: 'muted', translate: 'no', dir: 'auto' }, tNodes(id, { text: data(text) })) : null);
    return el('section', { class: `panel own-list-section list-${name}`, 'aria-labelledby': `list-${name}-h` },
      el('h2', { id: `list-${name}-h` }, t(`lists-${name}-title`)),
      el('p', {}, t(`lists-${name}-about`)),
      entries.length
        ? el('ul', { class: 'own-list' }, entries.map((e) => el('li', {},
          el('div', { class: 'plan-text' },
            el('p', { translate: 'no', dir: 'auto' }, e.text),
            e.close_call?.halt?.length
              ? el('p', { class: 'muted' }, tNodes('lists-close-halt', { needs: data(e.close_call.halt.map((n) => t(`urge-halt-${n}`)).join(' ')) }))
              : null,
            part('lists-close-helped', e.close_call?.helped),
            part('lists-close-next', e.close_call?.next),
            part('lists-close-tell', e.close_call?.tell)),
          el('span', { class: 'muted small' }, tNodes('lists-added-on', { when: data(when.format(new Date(e.at * 1000))) })),
          deleteButton(name, e))))
        : el('p', { class: 'muted' }, t(`lists-${name}-empty`)),
      el('p', { class: 'muted' }, t(`lists-${name}-hint`)),
      el('p', { class: 'actions' }, el('button', { type: 'button', class: 'button', onclick: () => ctx.go('close-call') }, t(`lists-${name}-add-label`))));
  }

  function deleteButton(name, e) {
    return el('button', {
      type: 'button', class: 'button quiet small',
      'aria-label': attr('lists-delete', 'aria-label', { text: e.text.slice(0, 60) }),
      onclick: async () => {
        try {
          await call('list_delete', { list: name, id: e.id });
          await draw();
          fill(status, t('lists-deleted'), ' ', undoButton());
        } catch (err) { status.textContent = errorText(err); }
      },
    }, t('lists-delete'));
  }

  function section(name, entries) {
    if (name === 'close_calls') return closeCalls(entries);
    const id = `list-${name}`;
    const field = el('textarea', { id: `${id}-new`, rows: '2', maxlength: String(ctx.limits?.plan_text ?? 2000) });
    const form = el('form', { class: 'list-add' },
      el('label', { for: `${id}-new` }, t(`lists-${name}-add-label`)),
      el('p', { class: 'muted', id: `${id}-hint` }, t(`lists-${name}-hint`)),
      field,
      el('p', { class: 'actions' }, el('button', { type: 'submit', class: 'button' }, t('lists-add'))));
    field.setAttribute('aria-describedby', `${id}-hint`);
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await call('list_add', { list: name, text: field.value });
        await draw();
        status.textContent = t('lists-added');
        document.getElementById(`${id}-new`)?.focus();
      } catch (err) { status.textContent = errorText(err); }
    });
    ctx.beforeClose(async () => {
      if (field.isConnected && field.value.trim()) await call('list_add', { list: name, text: field.value }).catch(() => {});
    });
    const when = new Intl.DateTimeFormat(lang(), { dateStyle: 'medium' });
    const items = entries.length
      ? el('ul', { class: 'own-list' }, entries.map((e) => el('li', {},
        el('span', { class: 'plan-text', translate: 'no', dir: 'auto' }, e.text),
        el('span', { class: 'muted small' }, tNodes('lists-added-on', { when: data(when.format(new Date(e.at * 1000))) })),
        deleteButton(name, e))))
      : el('p', { class: 'muted' }, t(`lists-${name}-empty`));
    const extra = name === 'next_session' && entries.length
      ? el('p', { class: 'actions' },
        el('button', { type: 'button', class: 'button quiet', onclick: printOnly }, t('lists-print')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => saveMarkdown(name) }, t('lists-save-markdown')))
      : null;
    return el('section', { class: `panel own-list-section list-${name}`, 'aria-labelledby': `${id}-h` },
      el('h2', { id: `${id}-h` }, t(`lists-${name}-title`)),
      el('p', {}, t(`lists-${name}-about`)),
      items, extra, form);
  }

  // What goes to paper: this list alone, never the others (styles.css hides the rest in
  // print, and this on screen).
  const printable = el('div', { class: 'print-only', translate: 'no' });
  async function printOnly() {
    try { await call('print_page'); } catch (err) { status.textContent = errorText(err); }
  }

  async function saveMarkdown(name) {
    try {
      const path = await call('list_save_markdown', { list: name, title: t(`lists-${name}-title`) });
      if (path) status.textContent = t('lists-saved', { path });
    } catch (err) { status.textContent = errorText(err); }
  }

  async function draw() {
    const all = await Promise.all(LISTS.map((name) => call('list_get', { list: name })));
    if (!live) return;
    fill(sections, ...LISTS.map((name, i) => section(name, all[i])));
    const next = all[LISTS.indexOf('next_session')];
    fill(printable, el('h1', {}, t('lists-next_session-title')),
      el('ul', {}, next.map((e) => el('li', {}, el('bdi', {}, e.text)))));
  }

  container.append(printable);
  draw().catch((e) => {
    if (showLocked(container, e, { title: t('lists-title'), what: 'lock-lists', again: () => ctx.go('lists') })) return;
    status.textContent = errorText(e);
  });
  return () => { live = false; };
}
