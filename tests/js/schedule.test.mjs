// The page's drawing-time logic, under node's test runner: where a breathing session is
// at a moment, how full the lungs are, the session clock with pauses, and the wave.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { positionAt, sessionClock } from '../../ui/lib/schedule.js';
import { waveHeight } from '../../ui/lib/wave.js';

// As the core sends it for box breathing (4-4-4-4), one minute: 5 s settle-in, 4 breaths.
const box = {
  settle_ms: 5000,
  cycle_ms: 16000,
  total_ms: 5000 + 4 * 16000,
  steps: [
    { kind: 'in', offset_ms: 0, duration_ms: 4000 },
    { kind: 'hold_in', offset_ms: 4000, duration_ms: 4000 },
    { kind: 'out', offset_ms: 8000, duration_ms: 4000 },
    { kind: 'hold_out', offset_ms: 12000, duration_ms: 4000 },
  ],
};

test('settles first, then breathes step by step, then finishes', () => {
  assert.deepEqual(positionAt(box, 0), { state: 'settling', remaining_ms: 5000 });
  const first = positionAt(box, 5000);
  assert.equal(first.state, 'breathing');
  assert.equal(first.kind, 'in');
  assert.equal(first.at_ms, 5000);
  assert.equal(positionAt(box, 5000 + 4000).kind, 'hold_in');
  assert.equal(positionAt(box, 5000 + 3999).kind, 'in');
  const third = positionAt(box, 5000 + 2 * 16000 + 8500);
  assert.deepEqual([third.breath, third.kind, third.elapsed_ms], [2, 'out', 500]);
  assert.deepEqual(positionAt(box, box.total_ms), { state: 'finished' });
});

test('a session until stopped never finishes', () => {
  const open = { ...box, total_ms: null };
  assert.equal(positionAt(open, 10 * 3600 * 1000).state, 'breathing');
});

test('every step change lands on its scheduled moment', () => {
  for (let breath = 0; breath < 4; breath += 1) {
    box.steps.forEach((s, step) => {
      const at = box.settle_ms + breath * box.cycle_ms + s.offset_ms;
      const p = positionAt(box, at);
      assert.deepEqual([p.breath, p.step, p.elapsed_ms, p.at_ms], [breath, step, 0, at]);
    });
  }
});

test('pausing shifts everything still to come by exactly the pause', () => {
  const c = sessionClock(1000);
  assert.equal(c.at(3000), 2000);
  c.pause(3000);
  assert.equal(c.paused, true);
  assert.equal(c.at(9000), 2000, 'time stands still while paused');
  c.pause(9500); // a second pause press changes nothing
  c.resume(10000);
  assert.equal(c.paused, false);
  assert.equal(c.at(10000), 2000);
  assert.equal(c.at(11000), 3000);
  c.resume(12000); // resuming when not paused changes nothing
  assert.equal(c.at(12000), 4000);
});

test('the wave rises, peaks half way and falls back, smoothly', () => {
  assert.ok(Math.abs(waveHeight(0)) < 1e-12);
  assert.ok(Math.abs(waveHeight(0.5) - 1) < 1e-12);
  assert.ok(Math.abs(waveHeight(1)) < 1e-12);
  assert.ok(waveHeight(0.1) < waveHeight(0.3));
  assert.ok(waveHeight(0.6) > waveHeight(0.8));
  assert.equal(waveHeight(-1), waveHeight(0), 'held inside its length');
  assert.equal(waveHeight(2), waveHeight(1));
});
