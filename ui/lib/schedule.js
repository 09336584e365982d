// Reads the core's breathing schedule at a moment: the same arithmetic as
// Schedule::at in core/src/breathing/schedule.rs, so the shape follows the core's clock.

export function positionAt(s, t) {
  if (t < s.settle_ms) return { state: 'settling', remaining_ms: s.settle_ms - t };
  if (s.total_ms != null && t >= s.total_ms) return { state: 'finished' };
  const into = t - s.settle_ms;
  const breath = Math.floor(into / s.cycle_ms);
  const within = into % s.cycle_ms;
  let step = 0;
  for (let i = 0; i < s.steps.length; i += 1) if (s.steps[i].offset_ms <= within) step = i;
  const st = s.steps[step];
  return {
    state: 'breathing', breath, step, kind: st.kind,
    elapsed_ms: within - st.offset_ms, duration_ms: st.duration_ms,
    at_ms: s.settle_ms + breath * s.cycle_ms + st.offset_ms,
  };
}

/** How full the lungs are (0 to 1) at the end of each step: drives the shape and bar. */
export function fullness(steps) {
  const hasTopUp = steps.some((s) => s.kind === 'top_up');
  let level = 0;
  return steps.map((s) => {
    if (s.kind === 'in') level = hasTopUp ? 0.8 : 1;
    else if (s.kind === 'top_up') level = 1;
    else if (s.kind === 'out') level = 0;
    return level;
  });
}

export const PHASE_WORDS = {
  in: 'Breathe in',
  top_up: 'A little more in',
  hold_in: 'Hold, gently',
  out: 'Breathe out',
  hold_out: 'Rest',
};
