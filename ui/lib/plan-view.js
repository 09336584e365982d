// Read-only views of a plan: the whole plan at a glance (also what prints), and a
// contact with its number large, a copy button and call/text buttons. The Call and Text
// buttons here are the only ones in Steady; Get help now uses them too.
import { call, el, fill } from './api.js';
import { errorText, t } from './words.js';

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

/**
 * A button that copies `value`, saying in `status` (and aloud) whether it worked. `label`
 * is already worded (from the catalogue); `what` is a code, `number` or `address`.
 */
export function copyButton(value, { label = t('plan-copy-number'), what = 'number', status, announce, className = 'button quiet' }) {
  return el('button', {
    type: 'button', class: className, 'aria-label': t('plan-copy-name', { label, value }),
    onclick: async () => {
      const words = (await copyText(value)) ? t('plan-copied') : t('plan-copy-failed', { what });
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
/**
 * The bridge to the phone: a QR code holding a tel: or sms: link, made by the core, with
 * the number in large digits and how to use it. Dark on light in both themes, so cameras
 * read it. Resolves to the element, or to null if the number cannot be put in a code.
 */
export async function phoneCode(kind, number, keyword = null) {
  let code;
  try {
    code = await call('phone_code', { kind, number, keyword });
  } catch {
    return null;
  }
  // The core made this SVG from the number's digits alone; parsed, never run.
  const svg = new DOMParser().parseFromString(code.svg, 'image/svg+xml').documentElement;
  if (svg.nodeName !== 'svg') return null;
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const name = kind === 'text'
    ? t(keyword ? 'plan-phone-code-text-keyword' : 'plan-phone-code-text', { number, keyword: keyword ?? '' })
    : t('plan-phone-code-call', { number });
  return el('figure', { class: 'phone-code', 'data-link': code.link },
    el('div', { class: 'phone-code-image', role: 'img', 'aria-label': name }, svg),
    el('figcaption', {},
      el('p', { class: 'dial-big', translate: 'no' }, number),
      el('p', {}, t(kind === 'text' ? 'plan-phone-scan-text' : 'plan-phone-scan-call'))));
}

/**
 * "Show on my phone": opens the QR code for this number in `slot`, and closes it again.
 * `what` names the number for a screen reader ("Samaritans, 116 123"), after the words
 * the button shows, so both say the same.
 */
export function phoneButton(kind, number, { keyword = null, slot, announce, what }) {
  const button = el('button', { type: 'button', class: 'button quiet', 'aria-expanded': 'false' });
  const label = (open) => {
    button.textContent = t(open ? 'plan-phone-hide' : 'plan-phone-show');
    button.setAttribute('aria-label', t(open ? 'plan-phone-hide-what' : 'plan-phone-show-what', { what }));
    button.setAttribute('aria-expanded', String(open));
  };
  label(false);
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-expanded') === 'true') {
      fill(slot);
      label(false);
      return;
    }
    const code = await phoneCode(kind, number, keyword);
    if (!code) return;
    fill(slot, el('div', { class: 'dial-fallback' }, code));
    label(true);
    announce?.(t(kind === 'text' ? 'plan-phone-scan-text' : 'plan-phone-scan-call'));
  });
  return button;
}

export function dialButton(kind, number, { label, name, slot, announce, shown = number, className = 'button', keyword = null }) {
  const verb = t(kind === 'call' ? 'plan-dial-call' : 'plan-dial-text');
  return el('button', {
    type: 'button', class: className, 'aria-label': name,
    onclick: async () => {
      try {
        await call('open_contact', { kind, number });
        const words = t(kind === 'call' ? 'plan-dial-call-opening' : 'plan-dial-text-opening');
        fill(slot, el('p', { class: 'muted' }, words));
        announce?.(words);
      } catch (e) {
        const plain = ['no_phone_app', 'invalid'].includes(e?.code)
          ? errorText(e)
          : t(kind === 'call' ? 'plan-dial-call-failed' : 'plan-dial-text-failed');
        const status = el('span', { class: 'muted', role: 'status' });
        const box = el('div', { class: 'dial-fallback' },
          el('p', {}, plain),
          el('p', { class: 'dial-big', translate: 'no' }, shown),
          el('p', { class: 'actions' }, copyButton(number, { status, announce }), status));
        fill(slot, box);
        announce?.(`${plain} ${shown}`);
        // With no app for the link here, the phone's camera can take the number over.
        const code = e?.code === 'no_phone_app' ? await phoneCode(kind, number, keyword) : null;
        if (code && box.isConnected) {
          box.querySelector('.dial-big')?.remove();
          box.insertBefore(code, box.lastChild);
        }
      }
    },
  }, label ?? verb);
}

export function contactCard(item, announce) {
  const card = el('div', { class: 'contact' });
  if (item.name) card.append(el('p', { class: 'contact-name', translate: 'no' }, item.name));
  if (item.phone) {
    const status = el('span', { class: 'muted', role: 'status' });
    const slot = el('div', { class: 'dial-slot' });
    const who = item.name || item.phone;
    card.append(
      el('p', { class: 'number', translate: 'no' }, item.phone),
      el('p', { class: 'actions' },
        dialButton('call', item.phone, { name: t('plan-call-who', { who }), slot, announce }),
        dialButton('text', item.phone, { name: t('plan-text-who', { who }), slot, announce, className: 'button quiet' }),
        phoneButton('call', item.phone, { slot, announce, what: who }),
        copyButton(item.phone, { status, announce }),
        status),
      slot);
  }
  for (const k of ['hours', 'note']) if (item[k]) card.append(el('p', { class: 'muted', translate: 'no' }, item[k]));
  return card;
}

export function itemView(info, item, announce) {
  return info.contacts ? contactCard(item, announce) : el('p', { class: 'plan-text', translate: 'no' }, item.text);
}

/** Every section with something in it, in working order. */
export function overview(plan, sections) {
  const parts = sections.filter((s) => plan[s.id]?.length).map((s) =>
    el('section', { class: 'overview-section', 'aria-label': s.title },
      el('h2', { translate: 'no' }, s.title),
      el('ol', {}, plan[s.id].map((item) => el('li', { translate: 'no' }, s.contacts
        ? [item.name, item.phone, item.hours, item.note].filter(Boolean).join(' · ')
        : item.text)))));
  return el('div', { class: 'overview' }, parts.length ? parts : el('p', { class: 'muted' }, t('plan-empty')));
}
