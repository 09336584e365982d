// The wave an urge is drawn as: 0 at the start, 1 at the peak (half way), 0 at the end,
// smooth throughout. `x` is the share of the wave's length that has passed (0 to 1).
export function waveHeight(x) {
  const t = Math.min(Math.max(x, 0), 1);
  return 0.5 - 0.5 * Math.cos(2 * Math.PI * t);
}
