import { nice, ticks } from 'd3-array';

/** A linear axis: the mapping from value to pixel and its round tick values. */
export interface Axis {
  at: (value: number) => number;
  ticks: number[];
}

/**
 * A linear axis over the values given, mapped onto [start, end] pixels with about `count` ticks:
 * at(v) = start + (v − low) / (high − low) × (end − start). Value axes include 0 and are made
 * "nice" (d3-array's `nice`, as d3-scale does), so bars and gains start from nothing; a `fit`
 * axis (years, months, a score from 60 to 100) spans the data exactly. d3-array alone keeps
 * d3-scale's colour and number-format modules out of the browser.
 * Example: axis([30, 1000], 0, 600, 5).ticks → [0, 200, 400, 600, 800, 1000].
 */
export function axis(
  values: number[],
  start: number,
  end: number,
  count: number,
  fit = false,
): Axis {
  // A loop, not Math.min(...values): a spread of 100,000 values overflows the stack.
  let low = fit ? Infinity : 0;
  let high = fit ? -Infinity : 0;
  for (const v of values)
    if (Number.isFinite(v)) [low, high] = [Math.min(low, v), Math.max(high, v)];
  if (low > high) [low, high] = [0, 0];
  let [from, to] = high - low < 1e-6 ? [low, low + 1] : [low, high];
  if (!fit) [from, to] = nice(from, to, count);
  const span = to - from;
  return {
    at: (value) => start + ((value - from) / span) * (end - start),
    ticks: ticks(from, to, count),
  };
}

/** How many ticks fit along a length without their labels colliding (about one per 140 px). */
export function tickCount(length: number): number {
  return Math.max(2, Math.min(6, Math.floor(length / 140)));
}
