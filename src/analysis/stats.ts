/**
 * The statistics of "Measure your own chain" (issue 17): how closely a unit's employee score and
 * its customer score move together, with intervals honest about how few units a company has.
 * Pure functions of arrays of finite numbers; `null` wherever a quantity is undefined (too few
 * units, a constant column), never NaN or Infinity.
 */
import { quantileT } from './student.ts';

/** z for a two-sided 95 % interval: Φ⁻¹(0.975). */
const Z95 = 1.959963984540054;
/** z for 80 % power: Φ⁻¹(0.80). */
const Z80 = 0.8416212335729143;

/** Means and centred sums of squares and products of two paired series. */
interface Moments {
  n: number;
  meanX: number;
  meanY: number;
  sxx: number;
  syy: number;
  sxy: number;
}

function moments(xs: readonly number[], ys: readonly number[]): Moments {
  if (xs.length !== ys.length) throw new Error('paired series must have the same length');
  const n = xs.length;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += xs[i]!;
    meanY += ys[i]!;
  }
  meanX /= n;
  meanY /= n;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  return { n, meanX, meanY, sxx, syy, sxy };
}

/** A value with its 95 % interval; `null` bounds when the interval is undefined. */
export interface Estimate {
  value: number;
  low: number | null;
  high: number | null;
}

/**
 * Pearson's r with its 95 % interval by Fisher's z: z = atanh(r), se = 1/√(n − 3),
 * interval = tanh(z ± 1.96·se). Null below 3 units or when either series is constant; the
 * interval is null below 4 units (se undefined) and collapses to r when |r| = 1.
 * Example: Anscombe's first set (n = 11) gives r = 0.81642, interval 0.42439 to 0.95069.
 */
export function correlation(xs: readonly number[], ys: readonly number[]): Estimate | null {
  const m = moments(xs, ys);
  if (m.n < 3 || m.sxx === 0 || m.syy === 0) return null;
  const r = Math.max(-1, Math.min(1, m.sxy / Math.sqrt(m.sxx * m.syy)));
  if (m.n < 4) return { value: r, low: null, high: null };
  if (Math.abs(r) === 1) return { value: r, low: r, high: r };
  const z = Math.atanh(r);
  const se = 1 / Math.sqrt(m.n - 3);
  return { value: r, low: Math.tanh(z - Z95 * se), high: Math.tanh(z + Z95 * se) };
}

/** The least-squares line y = intercept + slope·x, with the slope's 95 % interval. */
export interface Line {
  slope: Estimate;
  intercept: number;
  /** The residual standard error, √(SSE / (n − 2)). */
  residualSe: number;
  n: number;
  meanX: number;
  sxx: number;
}

/**
 * The least-squares slope (customer points per employee point) with its 95 % interval
 * b ± t(0.975, n − 2)·s/√Sxx, where s² = (Syy − b·Sxy)/(n − 2). Null below 3 units or when x is
 * constant. Example: Anscombe's first set gives slope 0.50009, intercept 3.00009, interval
 * 0.23337 to 0.76681 (t(0.975, 9) = 2.2622).
 */
export function line(xs: readonly number[], ys: readonly number[]): Line | null {
  const m = moments(xs, ys);
  if (m.n < 3 || m.sxx === 0) return null;
  const slope = m.sxy / m.sxx;
  const sse = Math.max(0, m.syy - slope * m.sxy);
  const residualSe = Math.sqrt(sse / (m.n - 2));
  const half = quantileT(0.975, m.n - 2) * (residualSe / Math.sqrt(m.sxx));
  return {
    slope: { value: slope, low: slope - half, high: slope + half },
    intercept: m.meanY - slope * m.meanX,
    residualSe,
    n: m.n,
    meanX: m.meanX,
    sxx: m.sxx,
  };
}

/**
 * The units needed to detect a correlation `r` (two-sided α = 0.05, power 80 %), by Fisher's
 * approximation: n = ((z₀.₉₇₅ + z₀.₈₀) / atanh(r))² + 3, rounded up.
 * Example: r = 0.30 needs 85 units (Cohen's table gives 85).
 */
export function unitsToDetect(r: number): number {
  return Math.ceil(((Z95 + Z80) / Math.atanh(Math.abs(r))) ** 2 + 3);
}
