// Read-only views of a plan: the whole plan at a glance (also what prints), and a
// contact with its number large, a copy button and call/text links.
import { call, el } from './api.js';

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

export function contactCard(item, announce) {
  const card = el('div', { class: 'contact' });
  if (item.name) card.append(el('p', { class: 'contact-name' }, item.name));
  if (item.phone) {
    const status = el('span', { class: 'muted', role: 'status' });
    card.append(
      el('p', { class: 'number' }, item.phone),
      el('p', { class: 'actions' },
        el('button', { type: 'button', class: 'button', 'aria-label': `Copy number ${item.phone}`, onclick: async () => {
          status.textContent = (await copyText(item.phone)) ? 'Copied.' : 'Could not copy; the number is shown above.';
          announce?.(status.textContent);
        } }, 'Copy number'),
        ...['call', 'text'].map((kind) => el('button', {
          type: 'button', class: 'button quiet', 'aria-label': `${kind === 'call' ? 'Call' : 'Text'} ${item.name || item.phone}`,
          onclick: () => call('open_contact', { kind, number: item.phone })
            .then(() => { status.textContent = ''; })
            .catch((e) => { status.textContent = e.message; }),
        }, kind === 'call' ? 'Call' : 'Text')),
        status));
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
