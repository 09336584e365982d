// Urge surfing: the urge as a wave that rises, peaks and falls. Nothing to fight, nothing
// to act on; just ride it. Drawn from the clock; stoppable at any time.
import { call, el } from '../lib/api.js';
import { rating } from '../lib/rating.js';


const reducedMotion = () => document.documentElement.dataset.motion === 'reduce'
  || window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function words(x) {
  if (x < 0.4) return 'The urge is rising. Notice where you feel it in your body. You do not have to do anything about it.';
  if (x < 0.6) return 'This is the peak. It will not stay this strong. Breathe, and let it be there.';
  return 'It is easing. Urges pass, whether or not you act on them. You are riding it.';
}

function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function render(container, ctx) {
  let frame = 0;
  let run = null;

  function setup() {
    const minutes = el('input', { type: 'number', id: 'wave-minutes', min: 5, max: 30, step: 1, value: 15 });
    const checks = el('input', { type: 'checkbox', id: 'wave-checkins', checked: true });
    const r = rating('How strong is the urge right now?');
    const status = el('p', { class: 'status', role: 'status' });
    const start = el('button', { type: 'button', class: 'button' }, 'Start');
    start.addEventListener('click', async () => {
      try {
        const wave = await call('urge_wave', { minutes: Number(minutes.value), checkIns: checks.checked });
        const [plan] = await Promise.all([call('plan_get')]);
        surf(wave, plan, r.value());
      } catch (e) { status.textContent = e.message; }
    });
    container.replaceChildren(
      el('h1', {}, 'Ride the wave'),
      el('p', {}, 'An urge is like a wave: it rises, peaks and falls, usually within half an hour. You can watch it without fighting it and without acting on it.'),
      el('p', {}, el('label', { for: 'wave-minutes' }, 'How long, in minutes (5 to 30) '), minutes),
      el('p', {}, el('label', {}, checks, 'Ask me every few minutes how strong it is')),
      r.element, el('p', { class: 'actions' }, start), status);
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();
  }

  function surf(wave, plan, before) {
    const W = 600; const H = 160;
    const points = Array.from({ length: 121 }, (_, i) => {
      const x = i / 120;
      return `${(x * W).toFixed(1)},${(H - 10 - (0.5 - 0.5 * Math.cos(2 * Math.PI * x)) * (H - 20)).toFixed(1)}`;
    }).join(' ');
    const svgNS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(svgNS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    svg.setAttribute('class', 'wave');
    svg.setAttribute('aria-hidden', 'true');
    const line = document.createElementNS(svgNS, 'polyline');
    line.setAttribute('points', points);
    const dot = document.createElementNS(svgNS, 'circle');
    dot.setAttribute('r', '9');
    svg.append(line, dot);
    const say = el('p', { class: 'plan-text', 'aria-live': 'polite' }, words(0));
    const left = el('p', { class: 'muted', id: 'wave-left' });
    const checkin = el('div');
    const levels = [];
    const own = (plan.on_my_own ?? []).slice(0, 5);
    const people = (plan.people ?? []).slice(0, 5);
    const stop = el('button', { type: 'button', class: 'button quiet', 'aria-keyshortcuts': 'Escape' }, 'Stop');
    stop.addEventListener('click', () => { end(false); ctx.go('home'); });
    container.replaceChildren(
      el('h1', {}, 'Riding the wave'), svg, say, left, checkin,
      (own.length || people.length) ? el('section', { class: 'panel', 'aria-labelledby': 'from-plan' },
        el('h2', { id: 'from-plan' }, 'From your plan'),
        own.length ? el('ul', {}, own.map((i) => el('li', {}, i.text))) : null,
        people.length ? el('ul', {}, people.map((p) => el('li', {}, [p.name, p.phone].filter(Boolean).join(': ')))) : null,
        el('button', { type: 'button', class: 'button quiet small', onclick: () => ctx.go('plan') }, 'Open my plan (P)'))
        : el('p', { class: 'muted' }, 'Your plan’s own steps and people will show here once you have written them (P).'),
      el('p', { class: 'actions' }, stop));
    container.dataset.wave = 'running';
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();

    const t0 = performance.now();
    let asked = 0;
    let lastWords = '';
    let lastLeft = '';
    run = { started: Date.now(), before, levels };
    const still = reducedMotion();
    function draw(now) {
      const t = now - t0;
      const x = Math.min(t / wave.total_ms, 1);
      const y = 0.5 - 0.5 * Math.cos(2 * Math.PI * x);
      // With reduced motion the marker moves only in whole steps of the wave.
      const shownX = still ? Math.floor(x * 20) / 20 : x;
      const shownY = 0.5 - 0.5 * Math.cos(2 * Math.PI * shownX);
      dot.setAttribute('cx', (shownX * W).toFixed(1));
      dot.setAttribute('cy', (H - 10 - shownY * (H - 20)).toFixed(1));
      const w = words(y > 0.999 ? 0.5 : x);
      if (w !== lastWords) { say.textContent = lastWords = w; }
      const l = `${clock(wave.total_ms - t)} left`;
      if (l !== lastLeft) { left.textContent = lastLeft = l; }
      if (asked < wave.check_ins.length && t >= wave.check_ins[asked]) {
        asked += 1;
        const r = rating('How strong is the urge now?');
        const ok = el('button', { type: 'button', class: 'button small' }, 'Note it');
        ok.addEventListener('click', () => { if (r.value() != null) levels.push(r.value()); checkin.replaceChildren(); });
        checkin.replaceChildren(el('div', { class: 'panel' }, r.element, el('p', { class: 'actions' }, ok,
          el('button', { type: 'button', class: 'button quiet small', onclick: () => checkin.replaceChildren() }, 'Skip'))));
      }
      if (x >= 1) { finish(); return; }
      frame = requestAnimationFrame(draw);
    }
    frame = requestAnimationFrame(draw);
  }

  function end(completed) {
    cancelAnimationFrame(frame);
    if (!run) return;
    const r = run;
    run = null;
    delete container.dataset.wave;
    // Recorded even when stopped early: using the tool is what counts, never how long.
    call('helped_add', { entry: {
      tool: 'urge_surfing', detail: completed ? 'Rode the whole wave' : 'Stopped part way',
      seconds: Math.round((Date.now() - r.started) / 1000), before: r.before, after: r.levels.at(-1) ?? null,
    } }).catch(() => {});
  }

  function finish() {
    cancelAnimationFrame(frame);
    const r = rating('How strong is it now?');
    const done = el('button', { type: 'button', class: 'button' }, 'Done');
    done.addEventListener('click', () => {
      if (run && r.value() != null) run.levels.push(r.value());
      end(true);
      ctx.go('home');
    });
    container.dataset.wave = 'done';
    container.replaceChildren(el('h1', {}, 'The wave has passed.'),
      el('p', {}, 'Whatever you did or did not do, you stayed with it. That takes strength.'), r.element, el('p', { class: 'actions' }, done));
    const h = container.querySelector('h1'); h.tabIndex = -1; h.focus();
  }

  setup();
  return () => end(false);
}
