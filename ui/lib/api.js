// The page's one door into Steady's core. Errors always come back as
// {code, field?, reason?, args?}: words for them come from the catalogue, through
// errorText (lib/words.js): show errorText(e), never e.message. (`message`, the core's
// own English while it still sends it, is passed along only until every screen is moved.)
import { lang } from './words.js';

const FIELDS = ['field', 'reason', 'args', 'message'];

export async function call(cmd, args = {}) {
  const invoke = window.__TAURI__?.core?.invoke;
  if (!invoke) {
    throw { code: 'no_core' };
  }
  try {
    return await invoke(cmd, args);
  } catch (e) {
    const error = { code: 'unknown' };
    if (e && typeof e === 'object') {
      if (typeof e.code === 'string' && e.code) error.code = e.code;
      for (const k of FIELDS) if (e[k] != null) error[k] = k === 'message' ? String(e[k]) : e[k];
    }
    return Promise.reject(error);
  }
}

/** "2026-11-24" -> "24 November 2026", read as a calendar date, not a moment. */
export function formatDate(iso) {
  const d = new Date(`${iso}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang(), { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

// Building elements: `el('p', {class: 'x'}, 'text', child)`, text never parsed as HTML,
// and `fill(node, ...children)`, which skips missing children (replaceChildren would print
// a stray null as text, and a screen reader read it aloud). They live in start.js, which
// paints the first home before any module has loaded.
export const { el, fill } = window.steady;
