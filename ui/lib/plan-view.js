// Read-only views of a plan: the whole plan at a glance (also what prints), and a
// contact with its number large, a copy button and call/text buttons. The Call and Text
// buttons here are the only ones in Steady; Get help now uses them too.
import { call, el, fill } from './api.js';

export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older WebKit: a hidden field and the copy command.
    const area = el('textarea', { class: 'visually-hidden', 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** A button that copies `value`, saying in `status` (and aloud) whether it worked. */
export function copyButton(value, { label = 'Copy number', what = 'number', status, announce, className = 'button quiet' }) {
  return el('button', {
    type: 'button', class: className, 'aria-label': `${label} ${value}`,
    onclick: async () => {
      const words = (await copyText(value)) ? 'Copied.' : `Could not copy. The ${what} is on the screen.`;
      if (status) status.textContent = words;
      announce?.(words);
    },
  }, label);
}

/**
 * A Call or Text button. Most desktops have no app for phone links: then `slot` says so in
 * plain words and shows what to dial (`shown`, the number by default) large, with Copy, so
 * it can be dialled on a phone. Never an error dump.
 */
export function dialButton(kind, number, { label, name, slot, announce, shown = number, className = 'button' }) {
  const verb = kind === 'call' ? 'Call' : 'Text';
  return el('button', {
    type: 'button', class: className, 'aria-label': name,
    onclick: async () => {
      try {
        await call('open_contact', { kind, number });
        const words = kind === 'call'
          ? 'Your calling app should open now. If nothing opens, call from a phone.'
          : 'Your texting app should open now. If nothing opens, text from a phone.';
        fill(slot, el('p', { class: 'muted' }, words));
        announce?.(words);
      } catch (e) {
        const plain = ['no_phone_app', 'invalid'].includes(e?.code) && e.message
          ? e.message
          : `This computer could not start the ${kind === 'call' ? 'call. Dial this number on a phone instead:' : 'text. Send this from a phone instead:'}`;
        const status = el('span', { class: 'muted', role: 'status' });
        fill(slot, el('div', { class: 'dial-fallback' },
          el('p', {}, plain),
          el('p', { class: 'dial-big' }, shown),
          el('p', { class: 'actions' }, copyButton(number, { status, announce }), status)));
        announce?.(`${plain} ${shown}`);
      }
    },
  }, label ?? verb);
}

export function contactCard(item, announce) {
  const card = el('div', { class: 'contact' });
  if (item.name) card.append(el('p', { class: 'contact-name' }, item.name));
  if (item.phone) {
    const status = el('span', { class: 'muted', role: 'status' });
    const slot = el('div', { class: 'dial-slot' });
    const who = item.name || item.phone;
    card.append(
      el('p', { class: 'number' }, item.phone),
      el('p', { class: 'actions' },
        dialButton('call', item.phone, { name: `Call ${who}`, slot, announce }),
        dialButton('text', item.phone, { name: `Text ${who}`, slot, announce, className: 'button quiet' }),
        copyButton(item.phone, { status, announce }),
        status),
      slot);
  }
  for (const k of ['hours', 'note']) if (item[k]) card.append(el('p', { class: 'muted' }, item[k]));
  return card;
}

export function itemView(info, item, announce) {
  return info.contacts ? contactCard(item, announce) : el('p', { class: 'plan-text' }, item.text);
}

/** Every section with something in it, in working order. */
export function overview(plan, sections) {
  const parts = sections.filter((s) => plan[s.id]?.length).map((s) =>
    el('section', { class: 'overview-section', 'aria-label': s.title },
      el('h2', {}, s.title),
      el('ol', {}, plan[s.id].map((item) => el('li', {}, s.contacts
        ? [item.name, item.phone, item.hours, item.note].filter(Boolean).join(' · ')
        : item.text)))));
  return el('div', { class: 'overview' }, parts.length ? parts : el('p', { class: 'muted' }, 'This plan is empty.'));
}
