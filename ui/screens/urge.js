// Urge surfing: the urge as a wave that rises, peaks and falls. Nothing to fight, nothing
// to act on; just ride it. Drawn from the clock; stoppable at any time.
import { call, el, fill } from '../lib/api.js';
import { ending } from '../lib/ending.js';
import { rating } from '../lib/rating.js';
import { waveHeight } from '../lib/wave.js';
import { errorText, t } from '../lib/words.js';


const reducedMotion = () => document.documentElement.dataset.motion === 'reduce'
  || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

// Two waves: an urge to act out (the default), and, for a partner, the urge to check a
// phone or an account or search (params.variant 'check'). Each has its own words.
const WORDS = {
  urge: {
    title: 'urge-title', intro: 'urge-intro', running: 'urge-running-title', done: 'urge-done-text',
    rising: 'urge-words-rising', peak: 'urge-words-peak', strong: 'urge-words-still-strong', easing: 'urge-words-easing',
  },
  check: {
    title: 'urge-check-title', intro: 'urge-check-intro', running: 'urge-check-running-title', done: 'urge-check-done-text',
    rising: 'urge-check-words-rising', peak: 'urge-check-words-peak', strong: 'urge-check-words-still-strong', easing: 'urge-check-words-easing',
  },
};

// The words follow the wave's shape, but never contradict what the person said: if they
// rated it strong at the last check-in, Steady does not tell them it is easing.
// Gives the message's id; the words are looked up only when it changes.
function words(x, latest, w = WORDS.urge) {
  if (x < 0.4) return w.rising;
  if (x < 0.6 || (latest != null && latest >= 6)) {
    return latest != null && latest >= 6 && x >= 0.6 ? w.strong : w.peak;
  }
  return w.easing;
}

// Minutes and seconds, 12:30 (the message puts it in words).
function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** HALT beside the wave: each need with something to do about it (assets/halt.json). */
function haltCheck(needs) {
  if (!needs?.length) return null;
  return el('details', { class: 'panel halt' },
    el('summary', {}, t('urge-halt-title')),
    el('p', {}, t('urge-halt-lead')),
    el('ul', { class: 'halt-list' }, needs.map((need) =>
      el('li', {}, el('strong', {}, t(`urge-halt-${need}`)), ' ', t(`urge-halt-${need}-do`)))));
}

/** Play it forward: what the person wrote in a calmer hour about what happens after. */
function playForward(entries) {
  return el('section', { class: 'panel forward', 'aria-labelledby': 'forward-h' },
    el('h2', { id: 'forward-h' }, t('urge-forward-title')),
    entries.length
      ? [el('p', {}, t('urge-forward-lead')),
        el('ul', { translate: 'no' }, entries.map((e) => el('li', {}, el('bdi', {}, e.text))))]
      : el('p', { class: 'muted' }, t('urge-forward-none')));
}

export function render(container, ctx) {
  let frame = 0;
  let run = null;
  const checking = ctx.params?.variant === 'check';
  const W = checking ? WORDS.check : WORDS.urge;

  function setup() {
    const [least, most] = ctx.limits?.wave_minutes ?? [];
    const minutes = el('input', { type: 'number', id: 'wave-minutes', min: least, max: most, step: 1, value: ctx.limits?.wave_default });
    const checks = el('input', { type: 'checkbox', id: 'wave-checkins', checked: true });
    const r = rating(t('urge-rating-before'));
    const status = el('p', { class: 'status', role: 'status' });
    const start = el('button', { type: 'button', class: 'button' }, t('urge-start'));
    start.addEventListener('click', async () => {
      try {
        const wave = await call('urge_wave', { minutes: Number(minutes.value), checkIns: checks.checked });
        // The plan's own steps are a help beside the wave, never a condition for it:
        // behind the lock (or unreadable), the wave runs without them.
        const [plan, forward] = await Promise.all([
          call('plan_get').catch(() => ({})),
          checking ? [] : call('list_get', { list: 'play_forward' }).catch(() => []),
        ]);
        surf(wave, plan, r.value(), forward);
      } catch (e) { status.textContent = errorText(e); }
    });
    const summary = el('span', {});
    const say = () => {
      summary.textContent = t('urge-options-summary', { minutes: Number(minutes.value) || 0, checks: checks.checked ? 'yes' : 'no' });
    };
    say();
    minutes.addEventListener('input', say);
    checks.addEventListener('change', say);
    // Start comes right after the optional rating; the length and check-ins are there
    // to change, below it, not in the way.
    fill(container,
      el('h1', {}, t(W.title)),
      el('p', {}, t(W.intro)),
      r.element, el('p', { class: 'actions' }, start), status,
      el('details', { class: 'wave-options' },
        el('summary', {}, summary),
        el('p', {}, el('label', { for: 'wave-minutes' }, t('urge-minutes-label', { least, most })), ' ', minutes),
        el('p', {}, el('label', {}, checks, t('urge-checks-label')))));
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();
  }

  function surf(wave, plan, before, forward) {
    const WIDTH = 600; const H = 160;
    const points = Array.from({ length: 121 }, (_, i) => {
      const x = i / 120;
      return `${(x * WIDTH).toFixed(1)},${(H - 10 - waveHeight(x) * (H - 20)).toFixed(1)}`;
    }).join(' ');
    const svgNS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${WIDTH} ${H}`);
    svg.setAttribute('class', 'wave');
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(svgNS, 'polyline');
    line.setAttribute('points', points);
    const dot = document.createElementNS(svgNS, 'circle');
    dot.setAttribute('r', '9');
    svg.append(line, dot);
    const say = el('p', { class: 'plan-text', 'aria-live': 'polite' }, t(words(0, null, W)));
    const left = el('p', { class: 'muted', id: 'wave-left' });
    const checkin = el('div');
    const levels = [];
    const own = (plan.on_my_own ?? []).slice(0, 5);
    const people = (plan.people ?? []).slice(0, 5);
    const stop = el('button', { type: 'button', class: 'button quiet', 'aria-keyshortcuts': 'Escape' }, t('urge-stop'));
    stop.addEventListener('click', () => { end(); ctx.go('home'); });
    // One key to a person: H (or this) opens Get help now, their own people first.
    const reach = el('button', { type: 'button', class: 'button quiet', 'aria-keyshortcuts': 'H', onclick: () => { end(); ctx.go('help'); } }, t('urge-reach'));
    fill(container,
      el('h1', {}, t(W.running)), svg, say, left, checkin,
      checking ? null : haltCheck(wave.halt),
      checking ? null : playForward(forward ?? []),
      // The plan's steps and people are the person's own words.
      (own.length || people.length) ? el('section', { class: 'panel', 'aria-labelledby': 'from-plan' },
        el('h2', { id: 'from-plan' }, t('urge-from-plan')),
        own.length ? el('ul', { translate: 'no' }, own.map((i) => el('li', {}, i.text))) : null,
        people.length ? el('ul', { translate: 'no' }, people.map((p) => el('li', {}, [p.name, p.phone].filter(Boolean).join(': ')))) : null,
        el('button', { type: 'button', class: 'button quiet small', onclick: () => ctx.go('plan') }, t('urge-open-plan')))
        : el('p', { class: 'muted' }, t('urge-plan-empty')),
      el('p', { class: 'actions' }, reach, stop));
    container.dataset.wave = 'running';
    ctx.session(true);
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();

    const t0 = performance.now();
    let asked = 0;
    let lastWords = words(0, null, W);
    let lastLeft = '';
    run = { started: Date.now(), before, levels, minutes: Math.round(wave.total_ms / 60000) };
    const still = reducedMotion();
    function draw(now) {
      const elapsed = now - t0;
      const x = Math.min(elapsed / wave.total_ms, 1);
      const y = waveHeight(x);
      // With reduced motion the marker moves only in whole steps of the wave.
      const shownX = still ? Math.floor(x * 20) / 20 : x;
      const shownY = waveHeight(shownX);
      dot.setAttribute('cx', (shownX * WIDTH).toFixed(1));
      dot.setAttribute('cy', (H - 10 - shownY * (H - 20)).toFixed(1));
      const w = words(y > 0.999 ? 0.5 : x, levels.at(-1) ?? before, W);
      if (w !== lastWords) { lastWords = w; say.textContent = t(w); }
      const l = clock(wave.total_ms - elapsed);
      if (l !== lastLeft) { lastLeft = l; left.textContent = t('urge-time-left', { time: l }); }
      if (asked < wave.check_ins.length && elapsed >= wave.check_ins[asked]) {
        asked += 1;
        const r = rating(t('urge-checkin-legend'));
        const ok = el('button', { type: 'button', class: 'button small' }, t('urge-checkin-note'));
        ok.addEventListener('click', () => { if (r.value() != null) levels.push(r.value()); fill(checkin); });
        fill(checkin, el('div', { class: 'panel', role: 'group', 'aria-label': t('urge-checkin') }, r.element, el('p', { class: 'actions' }, ok,
          el('button', { type: 'button', class: 'button quiet small', onclick: () => fill(checkin) }, t('urge-checkin-skip')))));
        // It appears without moving focus; a screen reader hears that it is there.
        ctx.announce(t('urge-checkin-announce'));
      }
      if (x >= 1) { finish().catch(() => ctx.go('home')); return; }
      frame = requestAnimationFrame(draw);
    }
    frame = requestAnimationFrame(draw);
  }

  // Stopping keeps nothing: only the ending's own question can keep a note.
  function end() {
    cancelAnimationFrame(frame);
    ctx.session(false);
    run = null;
    delete container.dataset.wave;
  }

  async function finish() {
    cancelAnimationFrame(frame);
    ctx.session(false);
    const r = run;
    const latest = r?.levels.at(-1) ?? null;
    const again = el('button', { type: 'button', class: 'button quiet', onclick: () => { end(); setup(); } }, t('urge-again'));
    const breathe = el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('breathe') }, t('urge-breathe'));
    // What helped keeps numbers, never words: how long, and how strong the urge was
    // before (the ending asks how it is after).
    const { form } = await ending(ctx, {
      legend: t('urge-rating-after'),
      entry: () => ({ tool: 'urge_surfing', seconds: Math.round((Date.now() - (r?.started ?? Date.now())) / 1000), before: r?.before ?? null }),
      more: [again, breathe],
    });
    container.dataset.wave = 'done';
    fill(container, el('h1', {}, t('urge-done-title')),
      el('p', {}, latest != null && latest >= 6 ? t('urge-done-still-strong') : t(W.done)),
      form);
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();
  }

  setup();
  return () => end();
}
