import fc from 'fast-check';
import { quantileT } from '../../src/analysis/student.ts';
import { describe, expect, it } from 'vitest';
import { correlation, line, unitsToDetect } from '../../src/analysis/stats.ts';
import reference from '../fixtures/analysis/reference.json' with { type: 'json' };

/** Anscombe's quartet (1973): four sets with the same r ≈ 0.816 and line y ≈ 3 + 0.5x. */
const X = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
const ANSCOMBE = [
  [X, [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68]],
  [X, [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74]],
  [X, [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73]],
  [
    [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
    [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
  ],
] as const;

describe('correlation and line', () => {
  it.each(ANSCOMBE.map((s, i) => [i + 1, ...s] as const))(
    "give Anscombe's set %i its textbook r ≈ 0.816 and line y ≈ 3.00 + 0.500x",
    (_, xs, ys) => {
      expect(Math.abs(correlation(xs, ys)!.value - 0.816)).toBeLessThan(1e-3);
      const fit = line(xs, ys)!;
      expect(fit.slope.value).toBeCloseTo(0.5, 3);
      expect(fit.intercept).toBeCloseTo(3.0, 2);
    },
  );

  it("give the documented intervals for Anscombe's first set", () => {
    const [xs, ys] = ANSCOMBE[0];
    const r = correlation(xs, ys)!;
    expect([r.value, r.low!, r.high!].map((v) => v.toFixed(5))).toEqual([
      '0.81642',
      '0.42439',
      '0.95069',
    ]);
    const fit = line(xs, ys)!;
    expect(
      [fit.slope.value, fit.intercept, fit.slope.low!, fit.slope.high!].map((v) => v.toFixed(5)),
    ).toEqual(['0.50009', '3.00009', '0.23337', '0.76681']);
  });

  it.each(reference.sets.map((s) => [s.x.length, s] as const))(
    'match SciPy to 1e-6 on a generated set of %i units (Fisher interval, t interval)',
    (_, set) => {
      const r = correlation(set.x, set.y)!;
      const fit = line(set.x, set.y)!;
      const got = {
        r: r.value,
        rLow: r.low,
        rHigh: r.high,
        slope: fit.slope.value,
        slopeLow: fit.slope.low,
        slopeHigh: fit.slope.high,
        intercept: fit.intercept,
      };
      for (const [key, value] of Object.entries(got))
        expect(value, key).toBeCloseTo(set[key as keyof typeof got], 6);
    },
  );

  it("uses Student's t quantiles that match SciPy to a relative 1e-10", () => {
    for (const [df, t] of Object.entries(reference.tQuantile975))
      expect(quantileT(0.975, Number(df)), `df ${df}`).toBeCloseTo(t, 9);
    for (const { p, df, t } of reference.tQuantiles)
      expect(quantileT(p, df) / t, `p ${p}, df ${df}`).toBeCloseTo(1, 10);
  });

  it('say nothing rather than NaN: fewer than 3 units, a constant column', () => {
    expect(correlation([1, 2], [3, 4])).toBeNull();
    expect(correlation([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(line([4, 4, 4], [1, 2, 3])).toBeNull();
    // Three units: r exists, its Fisher interval does not (1/√(n − 3)).
    expect(correlation([1, 2, 3], [1, 3, 2])).toMatchObject({ low: null, high: null });
    expect(correlation([1, 2, 3, 4], [2, 4, 6, 8])).toEqual({ value: 1, low: 1, high: 1 });
  });

  /** A score as surveys give them: up to ±1,000 with two decimals. */
  const score = fc.integer({ min: -100_000, max: 100_000 }).map((v) => v / 100);
  const series = fc
    .integer({ min: 3, max: 60 })
    .chain((n) =>
      fc.tuple(
        fc.array(score, { minLength: n, maxLength: n }),
        fc.array(score, { minLength: n, maxLength: n }),
      ),
    );

  it('are finite, with r in [−1, 1] inside its interval, and the slope inside its own', () => {
    fc.assert(
      fc.property(series, ([xs, ys]) => {
        const r = correlation(xs, ys);
        if (r) {
          expect(Math.abs(r.value)).toBeLessThanOrEqual(1);
          if (r.low !== null && r.high !== null) {
            expect(r.low).toBeLessThanOrEqual(r.value + 1e-12);
            expect(r.high).toBeGreaterThanOrEqual(r.value - 1e-12);
          }
        }
        const fit = line(xs, ys);
        if (fit) {
          for (const v of [fit.slope.value, fit.slope.low!, fit.slope.high!, fit.intercept])
            expect(Number.isFinite(v)).toBe(true);
          expect(fit.slope.low!).toBeLessThanOrEqual(fit.slope.value);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('r ignores the units of either score (a linear change of scale keeps it, or flips its sign)', () => {
    fc.assert(
      fc.property(
        series,
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        ([xs, ys], a, b) => {
          const r = correlation(xs, ys);
          fc.pre(r !== null && Math.abs(r.value) < 0.999999);
          const scaled = correlation(
            xs.map((x) => a * x + b),
            ys,
          )!;
          expect(scaled.value).toBeCloseTo(r!.value, 6);
          const flipped = correlation(
            xs.map((x) => -x),
            ys,
          )!;
          expect(flipped.value).toBeCloseTo(-r!.value, 6);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('unitsToDetect', () => {
  it("needs 85 units for r = .30 at 80 % power (Cohen's table), and more for smaller r", () => {
    expect(unitsToDetect(0.3)).toBe(85);
    expect(unitsToDetect(-0.3)).toBe(85);
    expect(unitsToDetect(0.1)).toBeGreaterThan(unitsToDetect(0.3));
  });
});
