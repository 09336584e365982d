// One section of the safety plan, editable: each item saves itself within a second of the
// last keystroke (and at once when focus leaves it). Shared by the guided setup and the
// editor. What was typed always stays on screen; a failed save says so.
import { call, el } from './api.js';
import { attr, data, errorText, t, tNodes } from './words.js';

const SAVE_AFTER_MS = 700;

/** Tracks every pending save, so a screen can flush them and show one "saved" state. */
export function saveTracker(statusEl) {
  const pending = new Set();
  const dirty = new Set();
  let failed = null;
  const show = () => {
    const busy = pending.size + dirty.size > 0;
    if (failed) statusEl.textContent = t('plan-not-saved', { reason: failed });
    else statusEl.textContent = t(busy ? 'plan-saving' : 'plan-all-saved');
    statusEl.dataset.state = failed ? 'error' : busy ? 'saving' : 'saved';
  };
  return {
    /** A row has edits waiting for their save. */
    dirty(row, on) {
      if (on) dirty.add(row); else dirty.delete(row);
      show();
    },
    track(promise) {
      pending.add(promise);
      show();
      return promise.then(
        (v) => { pending.delete(promise); failed = null; show(); return v; },
        (e) => { pending.delete(promise); failed = errorText(e); show(); throw e; });
    },
    flushers: new Set(),
    async flush() {
      await Promise.allSettled([...this.flushers].map((f) => f()));
      await Promise.allSettled([...pending]);
    },
    say(text) { failed = null; statusEl.textContent = text; statusEl.dataset.state = 'saved'; },
  };
}

// Each contact field and its message: the value is the field's label, `.aria-label` its
// name with the section and the item's number.
const CONTACT_FIELDS = [
  ['name', 'plan-contact-name'],
  ['phone', 'plan-contact-phone'],
  ['hours', 'plan-contact-hours'],
  ['note', 'plan-contact-note'],
];

/**
 * Renders a section's items with add, delete (with undo) and move up/down.
 * `rerender()` is called after changes that reorder the list.
 */
export function sectionEditor(info, items, saver, rerender, maxText) {
  const list = el('ol', { class: 'plan-items', 'aria-label': info.title });
  const fields = info.contacts
    ? CONTACT_FIELDS.filter(([k]) => k !== 'hours' || info.id === 'professionals')
    : [['text', null]];

  function itemRow(item, index) {
    let id = item?.id ?? null;
    let timer = null;
    let chain = Promise.resolve();
    const inputs = {};
    const row = el('li', { class: 'plan-item', 'data-id': id ?? 'new' });
    const which = { section: info.title, n: index + 1 };
    const label = t('plan-item-label', which);
    for (const [k, msg] of fields) {
      const value = item?.[k] ?? '';
      // The section's question describes every field, so a screen reader that lands in a
      // field hears what it asks, not only "item 1".
      const described = `prompt-${info.id}`;
      const input = k === 'text'
        ? el('textarea', { rows: 2, 'aria-label': label, 'aria-describedby': described, maxlength: maxText })
        : el('input', { type: k === 'phone' ? 'tel' : 'text', 'aria-label': attr(msg, 'aria-label', which), 'aria-describedby': described, maxlength: maxText, autocomplete: 'off' });
      input.value = value;
      inputs[k] = input;
      row.append(msg
        ? el('label', { class: 'field' }, el('span', {}, t(msg)), input)
        : input);
    }
    const read = () => Object.fromEntries(Object.entries(inputs).map(([k, i]) => [k, i.value]));
    const blank = () => Object.values(inputs).every((i) => !i.value.trim());

    function save() {
      clearTimeout(timer);
      timer = null;
      saver.dirty(row, false);
      if (id == null && blank()) return Promise.resolve();
      // One save at a time per item, in order, so the last words typed win.
      chain = chain.then(() => {
        const input = read();
        const p = id == null
          ? call('plan_add', { section: info.id, input, at: null }).then((saved) => { id = saved.id; row.dataset.id = id; })
          : call('plan_edit', { section: info.id, id, input });
        return saver.track(p).catch(() => {});
      });
      return chain;
    }
    const flusher = () => (timer ? save() : chain);
    saver.flushers.add(flusher);
    row.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(save, SAVE_AFTER_MS);
      saver.dirty(row, true);
    });
    // Any field that loses focus saves at once (not only when focus leaves the item), so
    // nothing typed waits on the timer when the window closes or the session ends.
    row.addEventListener('focusout', () => { if (timer) save(); });

    const actions = el('span', { class: 'item-actions' });
    const button = (msg, fn) => el('button', { type: 'button', class: 'button quiet small', 'aria-label': attr(msg, 'aria-label', which), onclick: fn }, t(msg));
    actions.append(
      button('plan-item-up', async () => {
        await flusher();
        if (id == null || index === 0) return;
        await saver.track(call('plan_reorder', { section: info.id, id, to: index - 1 }));
        rerender({ focus: attr('plan-item-up', 'aria-label', { section: info.title, n: index }) });
      }),
      button('plan-item-down', async () => {
        await flusher();
        if (id == null || index >= items.length - 1) return;
        await saver.track(call('plan_reorder', { section: info.id, id, to: index + 1 }));
        rerender({ focus: attr('plan-item-down', 'aria-label', { section: info.title, n: index + 2 }) });
      }),
      button('plan-item-delete', async () => {
        clearTimeout(timer);
        timer = null;
        saver.dirty(row, false);
        saver.flushers.delete(flusher);
        await chain;
        if (id == null) { row.remove(); return; }
        try {
          const gone = await saver.track(call('plan_delete', { section: info.id, id }));
          rerender({
            undo: {
              text: t('plan-item-deleted'),
              run: () => saver.track(call('plan_undo_delete', { section: info.id, id: gone.id })),
            },
          });
        } catch { /* the tracker shows why */ }
      }));
    row.append(actions);
    return row;
  }

  items.forEach((item, i) => list.append(itemRow(item, i)));
  const add = el('button', { type: 'button', class: 'button quiet' }, tNodes('plan-add-to', { section: data(info.title) }));
  add.addEventListener('click', () => {
    const row = itemRow(null, list.children.length);
    list.append(row);
    row.querySelector('textarea, input')?.focus();
  });
  const example = el('p', { class: 'muted example', hidden: true },
    t('plan-example-label'), ' ', el('span', { translate: 'no' }, info.example));
  const showExample = el('button', { type: 'button', class: 'button quiet small', 'aria-expanded': 'false' }, t('plan-example-show'));
  showExample.addEventListener('click', () => {
    example.hidden = !example.hidden;
    showExample.setAttribute('aria-expanded', String(!example.hidden));
    showExample.textContent = t(example.hidden ? 'plan-example-show' : 'plan-example-hide');
  });
  return el('div', { class: 'plan-section-editor' },
    el('p', {}, el('span', { id: `prompt-${info.id}`, translate: 'no' }, info.prompt), ' ', showExample), example, list, add);
}
