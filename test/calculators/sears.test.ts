import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateValues } from '../../src/calculators/check.ts';
import sears, {
  extraRevenue,
  growthBoost,
  revenuePaths,
} from '../../src/calculators/declarations/sears-chain.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

type Values = Parameters<typeof sears.compute>[0];

/** Valid inputs typed as the declaration's values. */
const anyValues = validValues(sears) as fc.Arbitrary<Values>;

/** The defaults, typed as the declaration's values. */
const defaults = Object.fromEntries(sears.inputs.map((i) => [i.name, i.default])) as Values;

/** Digits for toBeCloseTo that amount to a relative tolerance of about 1e-9 of `scale`. */
function digitsFor(scale: number): number {
  return 9 - Math.ceil(Math.log10(Math.abs(scale) + 1));
}

describe('the Sears chain', () => {
  it('reproduces the worked example of the specification', () => {
    expectExample(
      sears,
      {},
      {
        customerImpressionChange: 1.3,
        growthChange: 0.5,
        extraRevenue: 220429.22,
        extraRevenueLow: 154545,
        extraRevenueHigh: 313158.75,
        extraProfit: 22042.92,
      },
    );
  });

  it('the documented examples of the helpers hold', () => {
    expect(growthBoost(defaults)).toBeCloseTo(0.005, 12);
    const paths = revenuePaths(defaults, 50);
    [10_000_000, 10_350_000, 10_686_375, 11_020_324.22].forEach((y, t) =>
      expect(paths.with[t]).toBeCloseTo(y, 2),
    );
    [10_000_000, 10_300_000, 10_609_000, 10_927_270].forEach((y, t) =>
      expect(paths.without[t]).toBeCloseTo(y, 2),
    );
    expect(extraRevenue(defaults, 50)).toBeCloseTo(220429.22, 2);
  });

  commonLaws(sears);

  it('the chain keeps Sears’ ratios: customer impression is 2.6 times the growth change', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const outcome = evaluateValues(sears, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const { customerImpressionChange, growthChange } = outcome.results;
        expect(customerImpressionChange).toBeCloseTo(2.6 * growthChange!, 9);
        expect(growthChange).toBeCloseTo((values.attitudeChange * values.attribution) / 1000, 9);
      }),
      RUNS,
    );
  });

  it('no attitude change, or no attribution, means no extra revenue', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        for (const fade of [0, values.fade, 100]) {
          expect(extraRevenue({ ...values, attitudeChange: 0 }, fade)).toBe(0);
          expect(extraRevenue({ ...values, attribution: 0 }, fade)).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('over one year the fade does not matter: extra revenue is revenue × dg', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const oneYear = { ...values, years: 1 };
        const expected = values.revenue * growthBoost(values);
        for (const fade of [0, values.fade, 100]) {
          expect(extraRevenue(oneYear, fade)).toBeCloseTo(expected, digitsFor(values.revenue));
        }
      }),
      RUNS,
    );
  });

  it('with no fade, revenue compounds at baseGrowth + dg', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const g = values.baseGrowth / 100;
        const dg = growthBoost(values);
        let expected = 0;
        for (let t = 1; t <= values.years; t++) {
          expected += values.revenue * ((1 + g + dg) ** t - (1 + g) ** t);
        }
        expect(extraRevenue(values, 0)).toBeCloseTo(expected, digitsFor(values.revenue));
      }),
      RUNS,
    );
  });

  it('with full fade, each year keeps only the first year’s boost: Σ revenue × dg × (1 + g)^(t−1)', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const g = values.baseGrowth / 100;
        const dg = growthBoost(values);
        let expected = 0;
        for (let t = 1; t <= values.years; t++)
          expected += values.revenue * dg * (1 + g) ** (t - 1);
        expect(extraRevenue(values, 100)).toBeCloseTo(expected, digitsFor(values.revenue));
      }),
      RUNS,
    );
  });

  it('the extra revenue has the sign of the attitude change', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const extra = extraRevenue(values, values.fade);
        const dg = growthBoost(values);
        expect(Math.sign(extra) * Math.sign(dg)).toBeGreaterThanOrEqual(0);
        if (Math.abs(dg) > 1e-6 && values.revenue >= 0.01)
          expect(Math.sign(extra)).toBe(Math.sign(dg));
      }),
      RUNS,
    );
  });

  it('extra revenue is monotone in the attitude change', () => {
    fc.assert(
      fc.property(
        anyValues,
        fc.double({ min: -20, max: 20, noNaN: true }),
        fc.double({ min: -20, max: 20, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lower = extraRevenue({ ...values, attitudeChange: low }, values.fade);
          const higher = extraRevenue({ ...values, attitudeChange: high }, values.fade);
          expect(lower).toBeLessThanOrEqual(higher + values.revenue * 1e-12);
        },
      ),
      RUNS,
    );
  });

  it('low ≤ central ≤ high when the attitude rises (the order reverses for a fall)', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const outcome = evaluateValues(sears, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const {
          extraRevenueLow: low,
          extraRevenue: central,
          extraRevenueHigh: high,
        } = outcome.results;
        const tolerance = values.revenue * 1e-12;
        const sign = Math.sign(growthBoost(values));
        expect(sign * (central! - low!)).toBeGreaterThanOrEqual(-tolerance);
        expect(sign * (high! - central!)).toBeGreaterThanOrEqual(-tolerance);
      }),
      RUNS,
    );
  });

  it('extra profit is linear in margin', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const outcome = evaluateValues(sears, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const { extraRevenue: extra, extraProfit } = outcome.results;
        expect(extraProfit).toBeCloseTo((extra! * values.margin) / 100, digitsFor(extra!));
      }),
      RUNS,
    );
  });

  it('the revenue chart runs from year 0 to the horizon, with then without the change', () => {
    fc.assert(
      fc.property(anyValues, fc.constantFrom('fr' as const, 'en' as const), (values, lang) => {
        const outcome = evaluateValues(sears, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const chart = sears.charts(values, outcome.results, lang).find((c) => c.id === 'revenue');
        if (chart?.kind !== 'line') throw new Error('no revenue chart');
        expect(chart.shadeBetween).toBe(true);
        const [withChange, without] = chart.series;
        expect(withChange?.points.map(([x]) => x)).toEqual(
          Array.from({ length: values.years + 1 }, (_, t) => t),
        );
        const gap = withChange!.points.reduce(
          (sum, [, y], t) => sum + (y ?? 0) - (without!.points[t]?.[1] ?? 0),
          0,
        );
        expect(gap).toBeCloseTo(outcome.results.extraRevenue!, digitsFor(values.revenue));
      }),
      RUNS,
    );
  });
});
