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

/**
 * Replaces a node's children. Unlike `replaceChildren`, which prints a stray `null` or
 * `undefined` as text (a screen reader reads it aloud), missing children are skipped.
 */
export function fill(node, ...children) {
  node.replaceChildren(...children.flat(Infinity).filter((c) => c != null && c !== false));
}

/** Builds an element: el('p', {class: 'x'}, 'text', child). Text is never parsed as HTML. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v == null) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (v === true) node.setAttribute(k, '');
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
