import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, evaluateValues } from '../../src/calculators/check.ts';
import retention, {
  clv,
  denominator,
  portfolioGain,
} from '../../src/calculators/declarations/retention-value.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

/** Equal to within a relative tolerance, for values that span many orders of magnitude. */
function expectClose(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

/**
 * The rounding noise of a portfolio gain: a difference of two lifetime values, each carrying the
 * acquisition cost, so its error scales with the values, not with their (possibly tiny) difference.
 */
function noise(values: Record<string, number>, g: number): number {
  const r0 = values.retention!;
  const magnitude =
    Math.abs(clv(values, r0 + values.retentionGain!, g)) +
    Math.abs(clv(values, r0, g)) +
    2 * values.acquisitionCost!;
  return 1e-12 * values.customers! * magnitude + 1e-9;
}

describe('retention → customer lifetime value', () => {
  it('reproduces the worked example of the specification', () => {
    expectExample(
      retention,
      {},
      {
        clvNow: 19366.2,
        clvAfter: 23605.15,
        clvGain: 4238.95,
        clvGainPercent: 21.89,
        portfolioGain: 847790.61,
        portfolioGainLow: 733333.33,
        portfolioGainHigh: 1070435.59,
        baseMultiplier: 1.3333,
      },
    );
  });

  it('the examples in the helpers’ doc comments hold', () => {
    const values = defaults(retention);
    expect(denominator(values, 80, 2)).toBeCloseTo(0.284, 12);
    expect(clv(values, 80, 2)).toBeCloseTo(19366.2, 2);
    expect(portfolioGain(values, 0)).toBeCloseTo(733333.33, 2);
  });

  it('rejects a gain that takes retention above 99 %', () => {
    const outcome = evaluateValues(retention, { retention: 96, retentionGain: 4 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.retentionGain?.code).toBe('rule');
  });

  it('rejects a scenario whose value would be infinite, on the field that causes it', () => {
    // High scenario: 0.97 × 1.05 ≥ 1 at a zero discount rate.
    const gain = evaluateValues(retention, { retention: 90, retentionGain: 7, discountRate: 0 });
    expect(gain.ok).toBe(false);
    if (!gain.ok) {
      expect(gain.errors.retentionGain?.code).toBe('rule');
      expect(gain.errors.retention).toBeUndefined();
    }
    const base = evaluateValues(retention, { retention: 96, retentionGain: 0, discountRate: 0 });
    expect(base.ok).toBe(false);
    if (!base.ok) expect(base.errors.retention?.code).toBe('rule');
  });

  it('gives no percentage when the current value is zero', () => {
    const outcome = evaluateValues(retention, {
      retention: 0,
      retentionGain: 0,
      acquisitionCost: 5000,
    });
    expect(outcome.ok && outcome.results.clvGainPercent).toBeNull();
  });

  commonLaws(retention);

  it('the rule accepts exactly the inputs whose every scenario is finite', () => {
    const near = fc.record({
      retention: fc.double({ min: 80, max: 99, noNaN: true }),
      share: fc.double({ min: 0, max: 1, noNaN: true }),
      discountRate: fc.double({ min: 0, max: 10, noNaN: true }),
      marginGrowth: fc.double({ min: 0, max: 15, noNaN: true }),
    });
    fc.assert(
      fc.property(near, ({ retention: r0, share, discountRate, marginGrowth }) => {
        const retentionGain = Math.min((99 - r0) * share, 99 - r0);
        const r1 = r0 + retentionGain;
        const values = { retention: r0, retentionGain, discountRate, marginGrowth };
        const finite = [0, marginGrowth, 5].every(
          (g) => (r1 / 100) * (1 + g / 100) < 1 + discountRate / 100,
        );
        const outcome = evaluateValues(retention, values);
        expect(outcome.ok).toBe(finite);
        if (!outcome.ok) expect(outcome.errors.retentionGain?.code).toBe('rule');
      }),
      RUNS,
    );
  });

  it('clv equals the discounted sum of the retained, growing margins', () => {
    fc.assert(
      fc.property(validValues(retention), (values) => {
        const g = values.marginGrowth!;
        const ratio =
          ((values.retention! / 100) * (1 + g / 100)) / (1 + values.discountRate! / 100);
        fc.pre(ratio < 0.98);
        let sum = 0;
        for (let t = 0, term = values.margin!; t < 3000; t += 1, term *= ratio) sum += term;
        expectClose(clv(values, values.retention!, g) + values.acquisitionCost!, sum, 1e-8);
      }),
      RUNS,
    );
  });

  it('clv at zero retention is one year of margin minus the acquisition cost', () => {
    fc.assert(
      fc.property(validValues(retention), (values) => {
        const value = clv(values, 0, values.marginGrowth!);
        expectClose(value + values.acquisitionCost!, values.margin!);
      }),
      RUNS,
    );
  });

  it('clv is increasing and convex in retention', () => {
    fc.assert(
      fc.property(
        validValues(retention),
        fc.double({ min: 0.01, max: 5, noNaN: true }),
        (values, h) => {
          const g = values.marginGrowth!;
          const r = values.retention!;
          fc.pre(r + 2 * h <= 99 && denominator(values, r + 2 * h, g) > 0.01);
          const [a, b, c] = [clv(values, r, g), clv(values, r + h, g), clv(values, r + 2 * h, g)];
          const scale = Math.max(1, Math.abs(c) + values.acquisitionCost!) * 1e-9;
          expect(b).toBeGreaterThanOrEqual(a - scale);
          expect(c - b).toBeGreaterThanOrEqual(b - a - scale);
        },
      ),
      RUNS,
    );
  });

  it('portfolio gain is linear in customers and in margin when acquisition is free', () => {
    fc.assert(
      fc.property(validValues(retention), fc.integer({ min: 1, max: 50 }), (values, k) => {
        const g = values.marginGrowth!;
        expectClose(
          portfolioGain({ ...values, customers: values.customers! * k }, g),
          portfolioGain(values, g) * k,
        );
        const free = { ...values, acquisitionCost: 0 };
        const scaled = portfolioGain({ ...free, margin: free.margin! * k }, g);
        expect(Math.abs(scaled - portfolioGain(free, g) * k)).toBeLessThanOrEqual(
          noise(free, g) * k,
        );
      }),
      RUNS,
    );
  });

  it('the acquisition cost cancels out of the money gain', () => {
    fc.assert(
      fc.property(validValues(retention), (values) => {
        const g = values.marginGrowth!;
        const free = portfolioGain({ ...values, acquisitionCost: 0 }, g);
        expect(Math.abs(portfolioGain(values, g) - free)).toBeLessThanOrEqual(noise(values, g));
      }),
      RUNS,
    );
  });

  it('low ≤ central ≤ high when margin growth lies between 0 and 5 %', () => {
    fc.assert(
      fc.property(validValues(retention), (values) => {
        fc.pre(values.marginGrowth! <= 5);
        const outcome = evaluateValues(retention, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const {
          portfolioGainLow: low,
          portfolioGain: central,
          portfolioGainHigh: high,
        } = outcome.results;
        const tolerance = noise(values, 0) + noise(values, 5);
        expect(low).toBeLessThanOrEqual(central! + tolerance);
        expect(central).toBeLessThanOrEqual(high! + tolerance);
      }),
      RUNS,
    );
  });

  it('the outputs agree: gain = after − now, portfolio = customers × gain, base multiplier ≥ 1', () => {
    fc.assert(
      fc.property(validValues(retention), (values) => {
        const outcome = evaluateValues(retention, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const r = outcome.results;
        expectClose(r.clvGain!, r.clvAfter! - r.clvNow!);
        expectClose(r.portfolioGain!, values.customers! * r.clvGain!, 1e-6);
        if (r.clvGainPercent != null) expectClose(r.clvGainPercent, (r.clvGain! / r.clvNow!) * 100);
        expect(r.baseMultiplier).toBeGreaterThanOrEqual(1);
        if (values.retentionGain === 0) expect(r.baseMultiplier).toBe(1);
      }),
      RUNS,
    );
  });

  it('the curve passes through the two marked points', () => {
    fc.assert(
      fc.property(validValues(retention), fc.constantFrom('fr', 'en' as const), (values, lang) => {
        const outcome = evaluateValues(retention, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const curve = retention
          .charts(outcome.values, outcome.results, lang)
          .find((c) => c.id === 'curve');
        if (curve?.kind !== 'line') throw new Error('no curve');
        const [now, after] = curve.marks;
        const g = values.marginGrowth!;
        expectClose(now!.y, clv(values, now!.x, g));
        expectClose(after!.y, clv(values, after!.x, g));
        const xs = curve.series[0]!.points.map(([x]) => x);
        expect(xs[0]).toBeLessThanOrEqual(now!.x);
        expect(xs[xs.length - 1]).toBeGreaterThanOrEqual(after!.x - 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
