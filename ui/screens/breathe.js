// Guided breathing. B (the tray, the shortcut, `steady breathe`) starts a session at once
// with the pattern and length used last, so a person in panic makes no decision; a quiet
// button changes them. The shape is drawn from the core's schedule and the frame clock.
import { call, el, fill } from '../lib/api.js';
import { ending } from '../lib/ending.js';
import { positionAt, sessionClock } from '../lib/schedule.js';
import { data, errorText, lang, t, tNodes } from '../lib/words.js';


const reducedMotion = () => document.documentElement.dataset.motion === 'reduce'
  || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const ease = (x) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(Math.max(x, 0), 1));
// How early a timer wakes the page before a change, to catch its first frame.
const WAKE_EARLY_MS = 40;
// With reduced motion the bar is set four times a second (styles.css glides it there).
const BAR_STEP_MS = 250;
// The shape's edge moves at most this far (CSS px) in one step, 10 to 60 steps a second.
const STEP_PX = 1.5;
const MIN_STEPS_PER_S = 10;
const MAX_STEPS_PER_S = 60;

// The words of each kind of phase, by the kind's code from the core (breathe-phase-<kind>).
const phaseWords = (kind) => t(`breathe-phase-${kind}`);

// Announced for a screen reader: a short top-up is said with the breath in before it,
// so its words never overlap the next phase's.
function spoken(steps, step) {
  const kind = steps[step].kind;
  if (kind === 'top_up') return null;
  if (kind === 'in' && steps[step + 1]?.kind === 'top_up') return t('breathe-phase-in-then-top-up');
  return phaseWords(kind);
}

// Minutes and seconds, 2:05 (the messages put it in words).
function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function soundLine(status, settings) {
  if (status.state === 'missing') return t('breathe-sound-missing', { reason: status.reason ?? 'no_device' });
  if (!settings.sound) return t('breathe-sound-off');
  return t('breathe-sound-cues');
}


export function render(container, ctx) {
  // What was asked from outside (`steady breathe --pattern box --minutes 5`) wins over
  // what was used last.
  const asked = ctx.params ?? {};
  let lastChoice = null;
  let stopSession = null;
  const stop = () => { if (stopSession) stopSession(); stopSession = null; ctx.session(false); };

  async function begin() {
    const last = await call('breathing_last');
    lastChoice = {
      pattern: asked.pattern ?? last.pattern,
      minutes: asked.minutes ?? (asked.pattern ? 3 : last.minutes),
    };
    await session(lastChoice);
  }

  // The lengths a session can have come from the core; "until I stop" is always there.
  const lengths = [...(ctx.limits?.session_minutes ?? []).map((m) => [m, t('breathe-length-minutes', { minutes: m })]), [null, t('breathe-length-open')]];

  async function choose() {
    stop();
    if (!lastChoice) lastChoice = await call('breathing_last');
    const [patterns, status, settings] = await Promise.all([
      call('breathing_patterns'), call('sound_status'), call('get_settings'),
    ]);
    // A pattern's name, description and advice are data from the core, not the catalogue's.
    const pick = el('fieldset', {}, el('legend', {}, t('breathe-pattern-legend')),
      el('div', { class: 'pattern-list' }, patterns.map((p) => el('label', { class: 'pattern' },
        el('input', { type: 'radio', name: 'pattern', value: p.id, checked: p.id === lastChoice.pattern }),
        el('span', {},
          el('strong', { translate: 'no' }, p.name),
          p.description ? el('span', { class: 'muted', translate: 'no' }, ` ${p.description}`) : null,
          p.advice ? el('span', { class: 'muted', translate: 'no' }, ` ${p.advice}`) : null,
          p.own ? el('span', { class: 'muted' }, ' ', t('breathe-own-parts', { parts: describe(p.seconds) })) : null)))));
    const length = el('fieldset', {}, el('legend', {}, t('breathe-length-legend')),
      el('div', { class: 'options' }, lengths.map(([m, label]) =>
        el('label', {}, el('input', { type: 'radio', name: 'minutes', value: m ?? 'open', checked: m === lastChoice.minutes }), label))));
    const form = el('form', { 'aria-label': t('breathe-choose-title') }, pick, length,
      el('p', { class: 'muted', id: 'sound-line' }, soundLine(status, settings)),
      el('p', { id: 'breathe-choice' }),
      el('p', { class: 'actions' },
        el('button', { type: 'submit', class: 'button', id: 'breathe-start', 'aria-describedby': 'breathe-choice' }, t('breathe-start')),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('patterns') }, t('breathe-own-patterns'))));
    // The device opens just after start-up; until it has, say so when it is known.
    const recheck = async (tries) => {
      if (status.state !== 'opening' || tries === 0) return;
      await new Promise((r) => setTimeout(r, 250));
      const now = await call('sound_status').catch(() => status);
      const line = form.querySelector('#sound-line');
      if (line && now.state !== 'opening') line.textContent = soundLine(now, settings);
      else if (line) recheck(tries - 1);
    };
    recheck(20);
    // Says what Start will begin, for the eyes and for the Start button's description.
    const summarise = () => {
      const chosen = new FormData(form);
      const p = patterns.find((x) => x.id === chosen.get('pattern'));
      const m = lengths.find(([v]) => String(v ?? 'open') === chosen.get('minutes'));
      fill(form.querySelector('#breathe-choice'),
        p && m ? tNodes('breathe-choice', { pattern: data(p.name), minutes: m[0] ?? 'open' }) : null);
    };
    form.addEventListener('change', summarise);
    summarise();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const chosen = new FormData(form);
      const m = chosen.get('minutes');
      lastChoice = { pattern: String(chosen.get('pattern') ?? ctx.limits?.default_pattern), minutes: m === 'open' ? null : Number(m) };
      session(lastChoice).catch(showError);
    });
    fill(container,
      el('h1', {}, t('breathe-choose-title')),
      el('p', {}, t('breathe-choose-intro')),
      form);
    focusHeading();
  }

  function focusHeading() {
    const h = container.querySelector('h1');
    if (h) { h.tabIndex = -1; h.focus(); }
  }

  function showError(e) {
    container.append(el('p', { class: 'status error', role: 'alert' }, errorText(e)));
  }

  async function session(choice) {
    const started = await call('breathing_start', { patternId: choice.pattern, minutes: choice.minutes });
    const { schedule, pattern } = started;
    // How full the lungs are after each step, from the core.
    const levels = schedule.steps.map((st) => st.fill / 100);
    const startLevel = (step) => levels[(step + levels.length - 1) % levels.length];

    const shape = el('div', { class: 'breath-shape', 'aria-hidden': 'true' });
    const bar = el('div', { class: 'breath-bar', 'aria-hidden': 'true' }, el('div', { class: 'breath-fill' }));
    const phase = el('p', { class: 'phase', id: 'phase' }, t('breathe-settle'));
    const count = el('p', { class: 'count', 'aria-hidden': 'true' }, '');
    const left = el('p', { class: 'muted', id: 'time-left' }, '');
    const pause = el('button', { type: 'button', class: 'button', 'aria-keyshortcuts': 'Space' }, t('breathe-pause'));
    const end = el('button', { type: 'button', class: 'button quiet', 'aria-keyshortcuts': 'Escape' }, t('breathe-stop'));
    const change = el('button', { type: 'button', class: 'button quiet', onclick: () => choose().catch(showError) }, t('breathe-change'));
    // The words sit on the shape (or beside the bar), so all of it fits a small window.
    const stage = el('div', { class: 'breath-stage' }, reducedMotion() ? bar : shape,
      el('div', { class: 'breath-words' }, phase, count));
    const minutes = schedule.total_ms == null ? null : Math.round((schedule.total_ms - schedule.settle_ms) / 60000);
    let sound = 'off';
    if (started.sound_on) sound = 'on';
    else if (started.sound?.state === 'missing') sound = started.sound.reason ?? 'no_device';
    else if (started.sound_wanted && started.sound?.state === 'opening') sound = 'opening';
    const digits = new Intl.NumberFormat(lang(), { useGrouping: false });
    fill(container,
      el('h1', { translate: 'no' }, pattern.name),
      stage, left,
      el('p', { class: 'actions' }, pause, end),
      el('p', { class: 'muted session-notes' }, t('breathe-session-notes', { minutes: minutes ?? 'open', sound })),
      el('p', { class: 'actions' }, change));
    container.dataset.phase = 'settling';
    ctx.session(true);
    focusHeading();
    ctx.announce(t('breathe-announce-start', { pattern: pattern.name }));

    // The session clock: frame time since start, less every pause.
    const elapsed = sessionClock(performance.now());
    const barMode = bar.isConnected;
    const fillEl = bar.firstChild;
    const timings = [];
    window.steadyBreathTimings = timings;
    const drawn = { count: '', left: '', key: null, words: false };
    let anim = null; // the shape's animation for the phase on screen
    let phaseStart = 0; // that phase's scheduled start, in session time
    let phaseLength = 0;
    let next = 0; // session time of the next change on screen
    let timer = 0;
    let frame = 0;

    // The page does no work between changes: a timer wakes it just before the next one
    // (a phase, a second of the count or the clock), then frames are checked until the
    // first whose time has reached it. That frame makes the change, so it is drawn on
    // time. Between changes the shape moves by its own animation, with no script.
    function wait() {
      const ahead = next - elapsed.at(performance.now());
      if (ahead > WAKE_EARLY_MS) timer = setTimeout(() => { frame = requestAnimationFrame(tick); }, ahead - WAKE_EARLY_MS);
      else frame = requestAnimationFrame(tick);
    }

    function tick(now) {
      if (elapsed.paused) return;
      const ms = elapsed.at(now);
      if (ms < next) { wait(); return; }
      update(ms);
    }

    const levelAt = (ms) => {
      const p = positionAt(schedule, ms);
      if (p.state === 'finished') return levels[levels.length - 1];
      if (p.state !== 'breathing') return 0;
      const from = startLevel(p.step);
      return from + (levels[p.step] - from) * ease(p.elapsed_ms / p.duration_ms);
    };
    const scaleOf = (level) => `scale(${(0.5 + 0.5 * level).toFixed(3)})`;

    // Starts the shape's move for this phase, `into` ms into it.
    function animate(pos, into) {
      if (anim) anim.cancel();
      anim = null;
      const from = startLevel(pos.step);
      const to = levels[pos.step];
      shape.style.transform = scaleOf(to);
      if (from === to || typeof shape.animate !== 'function') return;
      // The breath's curve, sampled: a keyframe a step, and the effect goes from one to the
      // next in steps, so the page is drawn only as often as the edge moves STEP_PX (about
      // 17 times a second for box breathing), not every frame.
      const peak = (Math.PI / 2) * (shape.offsetWidth / 4) * Math.abs(to - from) / (pos.duration_ms / 1000);
      const perSecond = Math.min(Math.max(peak / STEP_PX, MIN_STEPS_PER_S), MAX_STEPS_PER_S);
      const n = Math.max(2, Math.ceil((pos.duration_ms / 1000) * perSecond));
      const frames = Array.from({ length: n + 1 }, (_, k) => ({ transform: scaleOf(from + (to - from) * ease(k / n)) }));
      anim = shape.animate(frames, { duration: pos.duration_ms, easing: `steps(${n + 1}, jump-none)` });
      anim.currentTime = Math.min(Math.max(into, 0), pos.duration_ms);
    }

    function update(ms) {
      const pos = positionAt(schedule, ms);
      if (pos.state === 'finished') { finish(); return; }
      const key = pos.state === 'settling' ? 'settling' : `${pos.breath}:${pos.step}`;
      if (key !== drawn.key) {
        drawn.key = key;
        drawn.words = false;
        if (pos.state === 'breathing') {
          // When this change reached the screen, against when the schedule put it: this
          // frame's time, as this frame draws it.
          timings.push({ expected: pos.at_ms, shown: ms, kind: pos.kind });
          if (timings.length > 5000) timings.shift();
          container.dataset.phase = pos.kind;
          container.dataset.breath = String(pos.breath);
          phaseStart = pos.at_ms;
          phaseLength = pos.duration_ms;
          if (!barMode) animate(pos, ms - pos.at_ms);
          const words = spoken(schedule.steps, pos.step);
          if (words) ctx.announce(words);
        }
      }
      if (!drawn.words) {
        drawn.words = true;
        phase.textContent = pos.state === 'breathing' ? phaseWords(pos.kind) : t('breathe-settle');
      }
      // The count and the clock change once a second; both are written only then.
      const phaseEnd = pos.state === 'breathing' ? pos.at_ms + pos.duration_ms : schedule.settle_ms;
      const countLeft = Math.ceil((phaseEnd - ms) / 1000);
      const countText = digits.format(countLeft);
      let leftText;
      let leftNext;
      if (schedule.total_ms == null) {
        const s = Math.floor(ms / 1000);
        leftText = t('breathe-time-so-far', { time: clock(s * 1000) });
        leftNext = (s + 1) * 1000;
      } else {
        const s = Math.ceil((schedule.total_ms - ms) / 1000);
        leftText = t('breathe-time-left', { time: clock(s * 1000) });
        leftNext = schedule.total_ms - (s - 1) * 1000;
      }
      if (countText !== drawn.count) count.textContent = drawn.count = countText;
      if (leftText !== drawn.left) left.textContent = drawn.left = leftText;
      next = Math.min(phaseEnd - (countLeft - 1) * 1000, leftNext);
      if (barMode) {
        // The bar glides to where the breath will be at the next quarter second.
        const barNext = (Math.floor(ms / BAR_STEP_MS) + 1) * BAR_STEP_MS;
        fillEl.style.width = `${(levelAt(barNext) * 100).toFixed(1)}%`;
        next = Math.min(next, barNext);
      }
      wait();
    }

    function halt() {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
    }

    // Puts the shape where the session clock says it is (a move that has ended is let go:
    // the shape's own style already holds where it ended).
    function seekShape(ms) {
      if (!anim) return;
      if (ms - phaseStart >= phaseLength) { anim.cancel(); anim = null; return; }
      anim.currentTime = Math.max(0, ms - phaseStart);
    }

    function togglePause() {
      const now = performance.now();
      if (!elapsed.paused) {
        elapsed.pause(now);
        halt();
        const ms = elapsed.at(now);
        // The shape stops where it is, and goes on from there.
        seekShape(ms);
        if (anim) anim.pause();
        if (barMode) fillEl.style.width = `${(levelAt(ms) * 100).toFixed(1)}%`;
        call('breathing_pause').catch(() => {});
        pause.textContent = t('breathe-resume');
        container.dataset.paused = 'true';
        // The screen says what is true now: not "Breathe in" with a frozen count.
        phase.textContent = t('breathe-paused');
        count.textContent = drawn.count = '';
        drawn.words = false;
        ctx.announce(t('breathe-announce-paused'));
      } else {
        elapsed.resume(now);
        const ms = elapsed.at(now);
        seekShape(ms);
        if (anim) anim.play();
        call('breathing_resume').catch(() => {});
        pause.textContent = t('breathe-pause');
        delete container.dataset.paused;
        ctx.announce(t('breathe-announce-going-on'));
        next = ms; // the next frame writes the phase's words and count again
        wait();
      }
    }
    update(0);
    const onKey = (e) => {
      if (e.key === ' ' && !(e.target instanceof HTMLButtonElement)) {
        e.preventDefault();
        togglePause();
      }
    };
    document.addEventListener('keydown', onKey);
    pause.addEventListener('click', togglePause);
    end.addEventListener('click', () => ctx.go('home'));

    stopSession = () => {
      halt();
      if (anim) anim.cancel();
      document.removeEventListener('keydown', onKey);
      delete container.dataset.phase;
      delete container.dataset.paused;
      call('breathing_stop').catch(() => {});
    };

    function finish() {
      const seconds = Math.round((schedule.total_ms - schedule.settle_ms) / 1000);
      stop();
      close(pattern, seconds).catch(showError);
    }
  }

  async function close(pattern, seconds) {
    const again = el('button', { type: 'button', class: 'button quiet', onclick: () => session(lastChoice).catch(showError) }, t('breathe-again'));
    // What helped keeps codes, never words: the pattern's id (and the name of the person's
    // own pattern, which may later be renamed or deleted) and the length in minutes.
    const detail = { kind: 'breathe', pattern: pattern.id, minutes: Math.round(seconds / 60) };
    if (pattern.own) detail.name = pattern.name;
    const { form } = await ending(ctx, {
      legend: t('breathe-feel-legend'),
      scale: t('breathe-feel-scale'),
      entry: () => ({ tool: 'breathing', detail, seconds }),
      more: [again],
    });
    container.dataset.phase = 'done';
    fill(container,
      el('h1', {}, t('breathe-done-title')),
      el('p', {}, t('breathe-done-text')),
      form);
    focusHeading();
    ctx.announce(t('breathe-announce-ended'));
  }

  (ctx.params?.choose ? choose() : begin()).catch(showError);
  return () => stop();
}

/** The parts of a pattern of the person's own, in words: "in 4, hold 2, out 6". */
export function describe(s) {
  // The core sends the parts in breathing order; each is worded by its kind's code.
  const parts = Object.entries(s).filter(([, v]) => v > 0).map(([k, v]) => t(`breathe-own-part-${k}`, { seconds: v }));
  return new Intl.ListFormat(lang(), { type: 'unit', style: 'short' }).format(parts);
}
