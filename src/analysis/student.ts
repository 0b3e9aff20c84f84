/**
 * Student's t distribution, only as far as the analysis needs it: the quantile for a slope's
 * interval, with whole degrees of freedom (n − 2). Written here rather than imported because the
 * libraries that have it weigh more than the tool's whole budget (40 KB gzipped once used):
 * @stdlib/stats-base-dists-t-quantile bundles to 51.7 KB gzipped (231 packages), `distributions`
 * to 134 KB (a WebAssembly Cephes). Tested against SciPy to a relative 1e-10.
 */

/**
 * P(|T| ≤ t) for whole `df`, by the finite series of Abramowitz & Stegun 26.7.3–4, exact but for
 * rounding: with θ = atan(t/√df) and c = cos²θ,
 * odd df: (2/π)·(θ + sinθ·cosθ·(1 + (2/3)c + (2·4)/(3·5)c² + … up to c^((df−3)/2))), θ·2/π for df = 1;
 * even df: sinθ·(1 + (1/2)c + (1·3)/(2·4)c² + … up to c^((df−2)/2)).
 */
function central(t: number, df: number): number {
  const theta = Math.atan(Math.abs(t) / Math.sqrt(df));
  const c = Math.cos(theta) ** 2;
  const s = Math.sin(theta);
  let sum = 1;
  let term = 1;
  if (df % 2 === 1) {
    if (df === 1) return (2 / Math.PI) * theta;
    for (let k = 1; k <= (df - 3) / 2; k++) {
      term *= (c * (2 * k)) / (2 * k + 1);
      sum += term;
    }
    return (2 / Math.PI) * (theta + s * Math.cos(theta) * sum);
  }
  for (let k = 1; k <= (df - 2) / 2; k++) {
    term *= (c * (2 * k - 1)) / (2 * k);
    sum += term;
  }
  return s * sum;
}

/**
 * The quantile of Student's t with whole `df` degrees of freedom: the t with P(T ≤ t) = p,
 * found by bisection on the distribution function (1 + P(|T| ≤ t))/2 to a relative 1e-14.
 * Example: quantileT(0.975, 9) = 2.262157 (tables: 2.262); quantileT(0.975, 1) = tan(0.475π).
 */
export function quantileT(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !Number.isInteger(df) || df < 1)
    throw new RangeError('need 0 < p < 1 and whole df ≥ 1');
  if (p === 0.5) return 0;
  if (p < 0.5) return -quantileT(1 - p, df);
  const target = 2 * p - 1;
  let low = 0;
  let high = 1;
  while (central(high, df) < target) {
    low = high;
    high *= 2;
  }
  for (let i = 0; i < 200 && high - low > 1e-14 * high; i++) {
    const mid = (low + high) / 2;
    if (central(mid, df) < target) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
