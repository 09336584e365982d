// Where a breathing session is at a moment, from the schedule the core sends (the same
// schedule the sound cues are drawn from), and the session's clock with pauses taken out.
// The page owns this drawing-time logic; tests/js/ holds its tests (node's test runner).

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

/**
 * Session time with pauses taken out: pausing shifts everything still to come by exactly
 * the length of the pause. Times are the caller's clock (the frame clock, in ms).
 */
export function sessionClock(start) {
  let pausedAt = null;
  let pausedTotal = 0;
  return {
    pause(now) { if (pausedAt == null) pausedAt = now; },
    resume(now) {
      if (pausedAt != null) { pausedTotal += now - pausedAt; pausedAt = null; }
    },
    get paused() { return pausedAt != null; },
    at(now) { return (pausedAt ?? now) - start - pausedTotal; },
  };
}
