// Guided breathing. B (the tray, the shortcut, `steady breathe`) starts a session at once
// with the pattern and length used last, so a person in panic makes no decision; a quiet
// button changes them. The shape is drawn from the core's schedule and the frame clock.
import { call, el, fill } from '../lib/api.js';
import { ending } from '../lib/ending.js';
import { fullness, PHASE_WORDS, positionAt, sessionClock } from '../lib/schedule.js';


const reducedMotion = () => document.documentElement.dataset.motion === 'reduce'
  || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const ease = (x) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(Math.max(x, 0), 1));

// Announced for a screen reader: a short top-up is said with the breath in before it,
// so its words never overlap the next phase's.
function spoken(steps, step) {
  const kind = steps[step].kind;
  if (kind === 'top_up') return null;
  if (kind === 'in' && steps[step + 1]?.kind === 'top_up') return 'Breathe in, then a little more';
  return PHASE_WORDS[kind];
}

function clock(ms) {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const sentence = (t) => (/[.!?]$/.test(t) ? t : `${t}.`);

function soundLine(status, settings) {
  if (status.state === 'missing') return status.message;
  if (!settings.sound) return 'Sound cues are off (you can turn them on in Settings).';
  return 'Soft sound cues will guide you: a rising note to breathe in, a falling one to breathe out.';
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
  const lengths = [...(ctx.limits?.session_minutes ?? []).map((m) => [m, m === 1 ? '1 minute' : `${m} minutes`]), [null, 'Until I stop']];

  async function choose() {
    stop();
    if (!lastChoice) lastChoice = await call('breathing_last');
    const [patterns, status, settings] = await Promise.all([
      call('breathing_patterns'), call('sound_status'), call('get_settings'),
    ]);
    const pick = el('fieldset', {}, el('legend', {}, 'Pattern'),
      el('div', { class: 'pattern-list' }, patterns.map((p) => el('label', { class: 'pattern' },
        el('input', { type: 'radio', name: 'pattern', value: p.id, checked: p.id === lastChoice.pattern }),
        el('span', {},
          el('strong', {}, p.name),
          p.description ? el('span', { class: 'muted' }, ` ${p.description}`) : null,
          p.advice ? el('span', { class: 'muted' }, ` ${p.advice}`) : null,
          p.own ? el('span', { class: 'muted' }, ` Your own: ${describe(p.seconds)}.`) : null)))));
    const length = el('fieldset', {}, el('legend', {}, 'How long'),
      el('div', { class: 'options' }, lengths.map(([m, label]) =>
        el('label', {}, el('input', { type: 'radio', name: 'minutes', value: m ?? 'open', checked: m === lastChoice.minutes }), label))));
    const form = el('form', { 'aria-label': 'Choose how to breathe' }, pick, length,
      el('p', { class: 'muted', id: 'sound-line' }, soundLine(status, settings)),
      el('p', { id: 'breathe-choice' }, ''),
      el('p', { class: 'actions' },
        el('button', { type: 'submit', class: 'button', id: 'breathe-start', 'aria-describedby': 'breathe-choice' }, 'Start'),
        el('button', { type: 'button', class: 'button quiet', onclick: () => ctx.go('patterns') }, 'Your own patterns')));
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
      const data = new FormData(form);
      const p = patterns.find((x) => x.id === data.get('pattern'));
      const m = lengths.find(([v]) => String(v ?? 'open') === data.get('minutes'));
      form.querySelector('#breathe-choice').textContent = p && m ? `${p.name}, ${m[1].toLowerCase()}.` : '';
    };
    form.addEventListener('change', summarise);
    summarise();
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      const m = data.get('minutes');
      lastChoice = { pattern: String(data.get('pattern') ?? ctx.limits?.default_pattern), minutes: m === 'open' ? null : Number(m) };
      session(lastChoice).catch(showError);
    });
    fill(container,
      el('h1', {}, 'Choose how to breathe'),
      el('p', {}, 'Steady starts with your choice from now on. Follow the shape, or close your eyes and follow the sounds. If you feel dizzy or light-headed, stop and breathe normally.'),
      form);
    focusHeading();
  }

  function focusHeading() {
    const h = container.querySelector('h1');
    if (h) { h.tabIndex = -1; h.focus(); }
  }

  function showError(e) {
    container.append(el('p', { class: 'status error', role: 'alert' }, e.message ?? String(e)));
  }

  async function session(choice) {
    const started = await call('breathing_start', { patternId: choice.pattern, minutes: choice.minutes });
    const { schedule, pattern } = started;
    const levels = fullness(schedule.steps);
    const startLevel = (step) => levels[(step + levels.length - 1) % levels.length];

    const shape = el('div', { class: 'breath-shape', 'aria-hidden': 'true' });
    const bar = el('div', { class: 'breath-bar', 'aria-hidden': 'true' }, el('div', { class: 'breath-fill' }));
    const phase = el('p', { class: 'phase', id: 'phase' }, 'Settle in');
    const count = el('p', { class: 'count', 'aria-hidden': 'true' }, '');
    const left = el('p', { class: 'muted', id: 'time-left' }, '');
    const pause = el('button', { type: 'button', class: 'button', 'aria-keyshortcuts': 'Space' }, 'Pause');
    const end = el('button', { type: 'button', class: 'button quiet', 'aria-keyshortcuts': 'Escape' }, 'Stop');
    const change = el('button', { type: 'button', class: 'button quiet', onclick: () => choose().catch(showError) }, 'Change pattern or length');
    // The words sit on the shape (or beside the bar), so all of it fits a small window.
    const stage = el('div', { class: 'breath-stage' }, reducedMotion() ? bar : shape,
      el('div', { class: 'breath-words' }, phase, count));
    const length = schedule.total_ms == null ? 'until you stop' : `${Math.round((schedule.total_ms - schedule.settle_ms) / 60000)} min`;
    fill(container,
      el('h1', {}, pattern.name),
      stage, left,
      el('p', { class: 'actions' }, pause, end),
      el('p', { class: 'muted session-notes' },
        `${length}. `,
        started.sound_on ? 'Sound cues are on. ' : `${sentence(soundLine(started.sound, { sound: false }).replace(' (you can turn them on in Settings)', ''))} `,
        'Space pauses, Escape stops.'),
      el('p', { class: 'actions' }, change));
    container.dataset.phase = 'settling';
    ctx.session(true);
    focusHeading();
    ctx.announce(`${pattern.name}. Settle in. The first breath comes in a few seconds.`);

    // The session clock: frame time since start, less every pause.
    const elapsed = sessionClock(performance.now());
    let shown = null;
    let frame = 0;
    const drawn = { count: '', left: '', scale: '' };
    const timings = [];
    window.steadyBreathTimings = timings;

    function draw(now) {
      const t = elapsed.at(now);
      const pos = positionAt(schedule, t);
      if (pos.state === 'finished') { finish(); return; }
      if (elapsed.paused) { frame = requestAnimationFrame(draw); return; }
      const key = pos.state === 'settling' ? 'settling' : `${pos.breath}:${pos.step}`;
      if (key !== shown) {
        shown = key;
        if (pos.state === 'breathing') {
          // When this change reached the screen, against when the schedule put it.
          timings.push({ expected: pos.at_ms, shown: t, kind: pos.kind });
          if (timings.length > 5000) timings.shift();
          phase.textContent = PHASE_WORDS[pos.kind];
          container.dataset.phase = pos.kind;
          container.dataset.breath = String(pos.breath);
          const words = spoken(schedule.steps, pos.step);
          if (words) ctx.announce(words);
        } else {
          phase.textContent = 'Settle in';
        }
      }
      let level = 0;
      let countText;
      if (pos.state === 'breathing') {
        const from = startLevel(pos.step);
        const to = levels[pos.step];
        level = from + (to - from) * ease(pos.elapsed_ms / pos.duration_ms);
        countText = String(Math.ceil((pos.duration_ms - pos.elapsed_ms) / 1000));
      } else {
        countText = String(Math.ceil(pos.remaining_ms / 1000));
      }
      // Write to the page only what changed: every write costs a layout or a paint.
      const leftText = schedule.total_ms == null ? `${clock(t)} so far` : `${clock(schedule.total_ms - t)} left`;
      if (countText !== drawn.count) count.textContent = drawn.count = countText;
      if (leftText !== drawn.left) left.textContent = drawn.left = leftText;
      const scale = (0.5 + 0.5 * level).toFixed(3);
      if (scale !== drawn.scale) {
        drawn.scale = scale;
        if (bar.isConnected) bar.firstChild.style.width = `${(level * 100).toFixed(1)}%`;
        else shape.style.transform = `scale(${scale})`;
      }
      frame = requestAnimationFrame(draw);
    }
    frame = requestAnimationFrame(draw);

    function togglePause() {
      if (!elapsed.paused) {
        elapsed.pause(performance.now());
        call('breathing_pause').catch(() => {});
        pause.textContent = 'Resume';
        container.dataset.paused = 'true';
        // The screen says what is true now: not "Breathe in" with a frozen count.
        phase.textContent = 'Paused';
        count.textContent = drawn.count = '';
        ctx.announce('Paused. Press Space to go on.');
      } else {
        elapsed.resume(performance.now());
        call('breathing_resume').catch(() => {});
        pause.textContent = 'Pause';
        delete container.dataset.paused;
        shown = null; // the next frame writes the phase's words again
        ctx.announce('Going on.');
      }
    }
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
      cancelAnimationFrame(frame);
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
    const again = el('button', { type: 'button', class: 'button quiet', onclick: () => session(lastChoice).catch(showError) }, 'Breathe again');
    const { form } = await ending(ctx, {
      legend: 'How do you feel now?',
      scale: '0 is calm, 10 is the worst it gets.',
      entry: () => ({ tool: 'breathing', detail: pattern.name, seconds }),
      more: [again],
    });
    container.dataset.phase = 'done';
    fill(container,
      el('h1', {}, 'You took this time for yourself.'),
      el('p', {}, 'Notice how your body feels now. There is no right answer.'),
      form);
    focusHeading();
    ctx.announce('The session has ended.');
  }

  (ctx.params?.choose ? choose() : begin()).catch(showError);
  return () => stop();
}

export function describe(s) {
  const parts = [['in', 'in'], ['top_up', 'top-up'], ['hold_in', 'hold'], ['out', 'out'], ['hold_out', 'hold']]
    .filter(([k]) => s[k] > 0).map(([k, w]) => `${w} ${s[k]}`);
  return parts.join(', ');
}
