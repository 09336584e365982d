// "A reminder hit me": for a partner when a trigger or an image of what happened hits.
// Name it, come back to now, one thing for the body, then a choice. The steps come from
// the core (assets/reminder.json), their words from reminder.ftl. Steady never says what
// the feeling means: only that it can be looked at later, when calm.
import { call, el, fill } from '../lib/api.js';
import { thisIsNow } from '../lib/now.js';
import { errorText, t } from '../lib/words.js';

export function render(container, ctx) {
  let live = true;
  let stopClock = () => {};
  let view = { steps: [], statements: [], true_sentences: [], locked: false };
  const body = el('div', { class: 'reminder' });
  const status = el('p', { class: 'status', role: 'status' });
  container.append(el('h1', {}, t('reminder-title')), body, status);

  function nav(i) {
    const back = i > 0 ? el('button', { type: 'button', class: 'button quiet', onclick: () => show(i - 1) }, t('reminder-back')) : null;
    const last = i === view.steps.length - 1;
    const next = last ? null : el('button', { type: 'button', class: 'button', onclick: () => show(i + 1) }, t('reminder-next'));
    return el('p', { class: 'actions' }, next, back);
  }

  /** Today's date and time, the person's own "this is now" sentences, and their true sentences. */
  function nowParts() {
    const none = el('p', { class: 'muted' }, t(view.locked ? 'reminder-now-locked' : 'reminder-now-none'));
    const now = thisIsNow([...view.statements, ...view.true_sentences], none);
    stopClock = now.stop;
    return now.parts;
  }

  function noteForLater(slot) {
    const field = el('textarea', { id: 'reminder-note', rows: '3', maxlength: String(ctx.limits?.plan_text ?? 2000) });
    const save = el('button', { type: 'submit', class: 'button' }, t('reminder-note-save'));
    const form = el('form', { class: 'note-later' },
      el('label', { for: 'reminder-note' }, t('reminder-note-label')),
      el('p', { class: 'muted', id: 'reminder-note-help' }, t('reminder-note-help')),
      field, el('p', { class: 'actions' }, save));
    field.setAttribute('aria-describedby', 'reminder-note-help');
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      try {
        await call('list_add', { list: 'next_session', text: field.value });
        fill(slot, el('p', {}, t('reminder-note-kept')),
          el('p', { class: 'actions' },
            el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('lists') }, t('reminder-note-open'))));
        ctx.announce(t('reminder-note-kept'));
      } catch (err) {
        status.textContent = errorText(err);
      }
    });
    ctx.beforeClose(async () => {
      if (field.isConnected && field.value.trim()) await call('list_add', { list: 'next_session', text: field.value }).catch(() => {});
    });
    fill(slot, form);
    field.focus();
  }

  function choices(i) {
    const slot = el('div', { class: 'note-slot' });
    const go = (screen) => () => ctx.go(screen);
    return [
      el('ul', { class: 'reminder-choices' },
        el('li', {}, el('button', { type: 'button', class: 'button', onclick: go('breathe') }, t('reminder-choose-breathe'))),
        el('li', {}, el('button', { type: 'button', class: 'button', onclick: go('ground') }, t('reminder-choose-ground'))),
        el('li', {}, el('button', { type: 'button', class: 'button', onclick: () => ctx.go('urge', { variant: 'check' }) }, t('reminder-choose-check'))),
        el('li', {}, el('button', { type: 'button', class: 'button', onclick: () => noteForLater(slot) }, t('reminder-choose-note'))),
        el('li', {}, el('button', { type: 'button', class: 'button', onclick: go('help') }, t('reminder-choose-reach')))),
      slot,
      nav(i),
    ];
  }

  function show(i) {
    stopClock();
    const step = view.steps[i];
    if (!step) return;
    const heading = el('h2', { id: 'reminder-step-h', tabindex: '-1' }, t(`reminder-${step.id}-title`));
    const parts = [
      el('p', { class: 'muted step-count' }, t('reminder-step-of', { n: i + 1, count: view.steps.length })),
      heading,
      el('p', {}, t(`reminder-${step.id}-text`)),
    ];
    if (step.kind === 'now') parts.push(...nowParts());
    fill(body, ...parts, ...(step.kind === 'choose' ? choices(i) : [nav(i)]));
    heading.focus();
  }

  call('reminder_get').then((v) => {
    if (!live) return;
    view = v;
    show(0);
    // The page's own heading keeps the focus on arrival; the first step follows it.
    container.querySelector('h1')?.focus();
  }).catch((e) => { status.textContent = errorText(e); });

  return () => { live = false; stopClock(); };
}
