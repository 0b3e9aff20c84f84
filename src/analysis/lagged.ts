/**
 * Two periods of the same units: does this period's employee score go with next period's
 * customer score beyond what the customer score already was, and the reverse? And, with revenue
 * in both, how revenue growth goes with employee-score growth.
 */
import { line, type Estimate } from './stats.ts';
import { quantileT } from './student.ts';

/** A series as z-scores (mean 0, sample standard deviation 1); null when it never varies. */
function standardise(xs: readonly number[]): number[] | null {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return sd > 0 ? xs.map((x) => (x - mean) / sd) : null;
}

/**
 * The standardised coefficient of `x` in the regression y = a + b·x + c·control, with its 95 %
 * interval b ± t(0.975, n − 3)·se. On z-scores, with r = corr(x, control):
 * b = (r_yx − r_yc·r) / (1 − r²), se² = s²/((n − 1)(1 − r²)), s² = SSE/(n − 3).
 * Null below 5 units or when a series never varies or x and control are collinear.
 */
export function partialSlope(
  y: readonly number[],
  x: readonly number[],
  control: readonly number[],
): Estimate | null {
  const n = y.length;
  if (n < 5) return null;
  const [zy, zx, zc] = [standardise(y), standardise(x), standardise(control)];
  if (!zy || !zx || !zc) return null;
  const dot = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0) / (n - 1);
  const ryx = dot(zy, zx);
  const ryc = dot(zy, zc);
  const r = dot(zx, zc);
  const det = 1 - r * r;
  if (det < 1e-12) return null;
  const b = (ryx - ryc * r) / det;
  const c = (ryc - ryx * r) / det;
  const sse = zy.reduce((s, v, i) => s + (v - b * zx[i]! - c * zc[i]!) ** 2, 0);
  const se = Math.sqrt(sse / (n - 3) / ((n - 1) * det));
  const half = quantileT(0.975, n - 3) * se;
  return { value: b, low: b - half, high: b + half };
}

/** One unit measured in two periods, matched by name. */
export interface Pair {
  name: string;
  employee: [number, number];
  customer: [number, number];
  revenue?: [number, number];
}

/** The cross-lagged reading of two periods. */
export interface Lagged {
  units: number;
  /** Period-1 employee score → period-2 customer score, period-1 customer score held. */
  employeeToCustomer: Estimate | null;
  /** Period-1 customer score → period-2 employee score, period-1 employee score held. */
  customerToEmployee: Estimate | null;
  /** Revenue growth (%) per 1 % of employee-score growth, when revenue is in both periods. */
  elasticity: Estimate | null;
  /** Units with revenue in both periods and a non-zero first-period score and revenue. */
  elasticityUnits: number;
}

/**
 * Both cross-lagged paths (standardised, `partialSlope`) and the elasticity: the slope of
 * revenue growth g_R = (R₂ − R₁)/R₁·100 on employee-score growth g_E = (E₂ − E₁)/E₁·100.
 */
export function crossLagged(pairs: readonly Pair[]): Lagged {
  const e1 = pairs.map((p) => p.employee[0]);
  const e2 = pairs.map((p) => p.employee[1]);
  const c1 = pairs.map((p) => p.customer[0]);
  const c2 = pairs.map((p) => p.customer[1]);
  const withRevenue = pairs.filter(
    (p): p is Pair & { revenue: [number, number] } =>
      p.revenue !== undefined && p.revenue[0] !== 0 && p.employee[0] !== 0,
  );
  const growth = (a: number, b: number) => ((b - a) / a) * 100;
  const fit = line(
    withRevenue.map((p) => growth(...p.employee)),
    withRevenue.map((p) => growth(...p.revenue)),
  );
  return {
    units: pairs.length,
    employeeToCustomer: partialSlope(c2, e1, c1),
    customerToEmployee: partialSlope(e2, c1, e1),
    elasticity: fit?.slope ?? null,
    elasticityUnits: withRevenue.length,
  };
}
