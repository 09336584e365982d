// What helped: a private record of the tools used and, if given, how it felt before and
// after. Not a score, not a streak. Any entry, or all of them, can be deleted.
import { call, el, fill } from '../lib/api.js';


const TOOL = { breathing: 'Breathing', grounding: 'Grounding', urge_surfing: 'Riding the wave' };

// Only a breathing pattern's name is shown: older entries may hold words that graded a
// session ("Stopped part way"), and Steady no longer says such things.
const detail = (e) => (e.tool === 'breathing' && e.detail ? `(${e.detail}) ` : '');

export function render(container) {
  const status = el('p', { class: 'status', role: 'status' });
  const list = el('ul', { class: 'helped' });
  const clearAll = el('button', { type: 'button', class: 'button quiet' }, 'Delete all of it');
  let confirming = false;
  let live = true;

  async function draw() {
    const entries = await call('helped_list');
    if (!live) return;
    clearAll.hidden = entries.length === 0;
    if (!entries.length) {
      fill(list, el('li', { class: 'muted' }, 'Nothing here yet. At the end of breathing, grounding or the wave, you can choose to keep a note of how you felt, and it shows here.'));
      return;
    }
    fill(list, ...entries.slice().reverse().map((e) => {
      const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(e.at * 1000));
      const length = e.seconds < 60 ? 'under a minute' : `about ${Math.round(e.seconds / 60)} min`;
      const feel = e.before != null || e.after != null
        ? ` Before ${e.before ?? '–'}, after ${e.after ?? '–'}.` : '';
      const label = `${TOOL[e.tool] ?? e.tool}, ${when}`;
      return el('li', {},
        el('span', {}, el('strong', {}, TOOL[e.tool] ?? e.tool), ` ${detail(e)}${when}, ${length}.${feel}`),
        el('button', { type: 'button', class: 'button quiet small', 'aria-label': `Delete ${label}`, onclick: async () => {
          try { await call('helped_delete', { id: e.id }); status.textContent = 'Deleted.'; await draw(); } catch (err) { status.textContent = err.message; }
        } }, 'Delete'));
    }));
  }

  clearAll.addEventListener('click', async () => {
    if (!confirming) {
      confirming = true;
      clearAll.textContent = 'Yes, delete everything here';
      status.textContent = 'Press again to delete every entry. This cannot be undone.';
      return;
    }
    try { await call('helped_clear'); status.textContent = 'Everything here has been deleted.'; } catch (err) { status.textContent = err.message; }
    confirming = false;
    clearAll.textContent = 'Delete all of it';
    await draw();
  });

  container.append(
    el('h1', {}, 'What helped'),
    el('p', { class: 'muted' }, 'Only you see this, and it stays on this computer. It is not a score: it is here to remind you what you have tried and how it felt.'),
    list, el('p', {}, clearAll), status);
  draw().catch((e) => { status.textContent = e.message; });
  return () => { live = false; };
}
