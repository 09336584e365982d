// What helped: a private record of the tools used and, if given, how it felt before and
// after. Not a score, not a streak. Any entry, or all of them, can be deleted.
import { call, el, fill } from '../lib/api.js';
import { showLocked } from '../lib/lock.js';
import { attr, data, errorText, lang, t, tNodes } from '../lib/words.js';


const TOOL = { breathing: 'helped-tool-breathing', grounding: 'helped-tool-grounding', urge_surfing: 'helped-tool-urge' };

// A tool's name: from the catalogue, or, for a tool this Steady does not know, its code as
// it is (never translated).
const toolName = (tool) => (TOOL[tool] ? t(TOOL[tool]) : tool);

/**
 * What an entry's detail says, as a node or null.
 *
 * New entries keep codes, never sentences: `{ kind: 'breathe', pattern: 'even' }`, with
 * `name` too for the person's own pattern (kept with the entry, as the pattern may be
 * renamed or deleted later). A built-in pattern is named from the current patterns, so it
 * reads in the language Steady speaks now. A kind this page does not know shows nothing.
 *
 * Older entries hold a string. Only a breathing pattern's name is shown from those: older
 * entries may hold words that graded a session ("Stopped part way"), and Steady no longer
 * says such things. It is shown as it was written, marked as not to be translated.
 */
function detail(e, patterns) {
  const d = e.detail;
  if (typeof d === 'string') {
    return e.tool === 'breathing' && d ? el('span', { translate: 'no' }, `(${d})`) : null;
  }
  if (!d || typeof d !== 'object') return null;
  if (d.kind === 'breathe' && typeof d.pattern === 'string') {
    const known = patterns.get(d.pattern);
    const name = (known && !known.own ? known.name : null) ?? (typeof d.name === 'string' && d.name ? d.name : null) ?? known?.name;
    return name ? el('span', {}, tNodes('helped-detail-breathe', { pattern: data(name) })) : null;
  }
  return null;
}

export function render(container, ctx) {
  const status = el('p', { class: 'status', role: 'status' });
  const list = el('ul', { class: 'helped' });
  const clearAll = el('button', { type: 'button', class: 'button quiet' }, t('helped-delete-all'));
  let confirming = false;
  let live = true;

  async function draw() {
    const [entries, patterns] = await Promise.all([
      call('helped_list'),
      // Only to name the breathing patterns entries used; the list reads without them.
      call('breathing_patterns').catch(() => []),
    ]);
    if (!live) return;
    const byId = new Map(patterns.map((p) => [p.id, p]));
    clearAll.hidden = entries.length === 0;
    if (!entries.length) {
      fill(list, el('li', { class: 'muted' }, t('helped-empty')));
      return;
    }
    const format = new Intl.DateTimeFormat(lang(), { dateStyle: 'medium', timeStyle: 'short' });
    fill(list, ...entries.slice().reverse().map((e) => {
      const when = format.format(new Date(e.at * 1000));
      const seconds = Number(e.seconds) || 0;
      const minutes = seconds < 60 ? 0 : Math.round(seconds / 60);
      const feel = e.before != null || e.after != null
        ? t('helped-feel', { before: e.before ?? 'none', after: e.after ?? 'none' }) : null;
      const tool = toolName(e.tool);
      const what = detail(e, byId);
      return el('li', {},
        el('span', {},
          el('strong', TOOL[e.tool] ? {} : { translate: 'no' }, tool), ' ',
          what, what ? ' ' : null,
          tNodes('helped-when', { when: data(when), minutes }),
          feel ? ` ${feel}` : null),
        el('button', { type: 'button', class: 'button quiet small', 'aria-label': attr('helped-delete', 'aria-label', { tool, when }), onclick: async () => {
          try { await call('helped_delete', { id: e.id }); status.textContent = t('helped-deleted'); await draw(); } catch (err) { status.textContent = errorText(err); }
        } }, t('helped-delete')));
    }));
  }

  clearAll.addEventListener('click', async () => {
    if (!confirming) {
      confirming = true;
      clearAll.textContent = t('helped-delete-all-confirm');
      status.textContent = t('helped-delete-all-ask');
      return;
    }
    try { await call('helped_clear'); status.textContent = t('helped-all-deleted'); } catch (err) { status.textContent = errorText(err); }
    confirming = false;
    clearAll.textContent = t('helped-delete-all');
    await draw();
  });

  container.append(
    el('h1', {}, t('helped-title')),
    el('p', { class: 'muted' }, t('helped-intro')),
    list, el('p', {}, clearAll), status);
  draw().catch((e) => {
    if (showLocked(container, e, { title: t('helped-title'), what: 'lock-helped', again: () => ctx.go('helped') })) return;
    status.textContent = errorText(e);
  });
  return () => { live = false; };
}
