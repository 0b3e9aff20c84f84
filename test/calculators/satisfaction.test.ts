import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateValues } from '../../src/calculators/check.ts';
import satisfaction, {
  mixWeight,
  revenueGain,
  revenuePerSomewhat,
} from '../../src/calculators/declarations/total-satisfaction.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

const SHARES = [
  'shareTotally',
  'shareSomewhat',
  'shareNeutral',
  'shareSomewhatDissatisfied',
  'shareTotallyDissatisfied',
] as const;

/** Rescales the five generated shares so they sum to 100, as the cross-field rule requires. */
function toHundred(values: Record<string, number>): Record<string, number> {
  const sum = SHARES.reduce((total, name) => total + (values[name] ?? 0), 0);
  if (sum < 1e-6) {
    return {
      ...values,
      ...Object.fromEntries(SHARES.map((name) => [name, 0])),
      shareSomewhat: 100,
    };
  }
  const scaled = SHARES.map((name) => [name, Math.min(100, ((values[name] ?? 0) / sum) * 100)]);
  return { ...values, ...Object.fromEntries(scaled) };
}

/** Valid inputs whose shares sum to 100, typed as the declaration's values. */
const anyValues = validValues(satisfaction, toHundred) as fc.Arbitrary<
  Parameters<typeof satisfaction.compute>[0]
>;

describe('from somewhat to totally satisfied', () => {
  it('reproduces the worked example of the specification', () => {
    expectExample(
      satisfaction,
      {},
      {
        revenuePerSomewhat: 37850.11,
        customersMoved: 18,
        revenueGain: 545041.64,
        revenueGainLow: 228310.5,
        revenueGainHigh: 623700.62,
      },
    );
  });

  it('the documented examples of the helpers hold', () => {
    const values = Object.fromEntries(
      satisfaction.inputs.map((i) => [i.name, i.default]),
    ) as Parameters<typeof satisfaction.compute>[0];
    expect(mixWeight(values, 2.6)).toBeCloseTo(1.321, 12);
    expect(revenuePerSomewhat(values, 2.6)).toBeCloseTo(37850.11, 2);
    expect(revenueGain(values, 2.6)).toBeCloseTo(545041.64, 2);
  });

  it('rejects shares that do not sum to 100 (± 0.5), on the totally dissatisfied field', () => {
    const outcome = evaluateValues(satisfaction, { shareTotallyDissatisfied: 4 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.shareTotallyDissatisfied?.code).toBe('rule');
    expect(evaluateValues(satisfaction, { shareTotallyDissatisfied: 3.5 }).ok).toBe(true);
    expect(evaluateValues(satisfaction, { shareTotallyDissatisfied: 2.5 }).ok).toBe(true);
  });

  it('gives no revenue per customer, and no gain, when no customer carries any revenue weight', () => {
    const outcome = evaluateValues(satisfaction, {
      shareTotally: 0,
      shareSomewhat: 0,
      shareNeutral: 100,
      shareSomewhatDissatisfied: 0,
      shareTotallyDissatisfied: 0,
      neutralWeight: 0,
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.results.revenuePerSomewhat).toBeNull();
    expect(outcome.results.revenueGain).toBe(0);
  });

  commonLaws(satisfaction, toHundred);

  it('revenue per customer weighted by the mix adds back up to the revenue', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        const per = revenuePerSomewhat(values, values.ratio);
        fc.pre(per !== null && values.revenue >= 0.01);
        const total = per! * (values.customers * mixWeight(values, values.ratio));
        expect(total / values.revenue).toBeCloseTo(1, 9);
      }),
      RUNS,
    );
  });

  it('gain equals customers moved × revenue per somewhat satisfied × (k − 1) × realisation', () => {
    fc.assert(
      fc.property(anyValues, fc.double({ min: 1, max: 5, noNaN: true }), (values, k) => {
        const per = revenuePerSomewhat(values, k);
        fc.pre(per !== null && values.shareSomewhat > 1e-3);
        const moved = values.customers * (values.shareSomewhat / 100) * (values.moved / 100);
        const product = moved * per! * (k - 1) * (values.realisation / 100);
        expect(revenueGain(values, k)).toBeCloseTo(product, 6 - Math.ceil(Math.log10(product + 1)));
      }),
      RUNS,
    );
  });

  it('gain does not depend on the number of customers', () => {
    fc.assert(
      fc.property(anyValues, fc.integer({ min: 1, max: 100_000 }), (values, customers) => {
        const other = revenueGain({ ...values, customers }, values.ratio);
        const gain = revenueGain(values, values.ratio);
        expect(other).toBeCloseTo(gain, 6);
      }),
      RUNS,
    );
  });

  it('gain is linear in the share moved and in realisation', () => {
    fc.assert(
      fc.property(anyValues, fc.double({ min: 0, max: 1, noNaN: true }), (values, f) => {
        const gain = revenueGain(values, values.ratio);
        const lessMoved = revenueGain({ ...values, moved: values.moved * f }, values.ratio);
        const lessRealised = revenueGain(
          { ...values, realisation: values.realisation * f },
          values.ratio,
        );
        expect(lessMoved).toBeCloseTo(gain * f, 3);
        expect(lessRealised).toBeCloseTo(gain * f, 3);
      }),
      RUNS,
    );
  });

  it('gain is monotone in revenue', () => {
    fc.assert(
      fc.property(anyValues, fc.double({ min: 1, max: 10, noNaN: true }), (values, f) => {
        const more = revenueGain({ ...values, revenue: values.revenue * f }, values.ratio);
        expect(more).toBeGreaterThanOrEqual(revenueGain(values, values.ratio));
      }),
      RUNS,
    );
  });

  it('gain is never negative and grows with the ratio k', () => {
    fc.assert(
      fc.property(
        anyValues,
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 1, max: 5, noNaN: true }),
        (values, a, b) => {
          const [k1, k2] = a <= b ? [a, b] : [b, a];
          const g1 = revenueGain(values, k1);
          expect(g1).toBeGreaterThanOrEqual(0);
          expect(g1).toBeLessThanOrEqual(revenueGain(values, k2) * (1 + 1e-12) + 1e-9);
        },
      ),
      RUNS,
    );
  });

  it('low ≤ central ≤ high when the ratio lies between 1.5 and 3', () => {
    fc.assert(
      fc.property(anyValues, (values) => {
        fc.pre(values.ratio >= 1.5 && values.ratio <= 3);
        const outcome = evaluateValues(satisfaction, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const {
          revenueGainLow: low,
          revenueGain: central,
          revenueGainHigh: high,
        } = outcome.results;
        expect(low).toBeLessThanOrEqual(central! * (1 + 1e-12) + 1e-9);
        expect(central).toBeLessThanOrEqual(high! * (1 + 1e-12) + 1e-9);
      }),
      RUNS,
    );
  });

  it('the mix chart shows two 100 % bars of five groups, the converted share moved up', () => {
    fc.assert(
      fc.property(anyValues, fc.constantFrom('fr' as const, 'en' as const), (values, lang) => {
        const outcome = evaluateValues(satisfaction, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const mix = satisfaction.charts(values, outcome.results, lang).find((c) => c.id === 'mix');
        if (mix?.kind !== 'bars') throw new Error('no mix chart');
        const [today, after] = mix.bars;
        expect(today?.segments).toHaveLength(5);
        expect(after?.segments).toHaveLength(5);
        const sum = (bar: typeof today) => bar!.segments.reduce((s, seg) => s + seg.value, 0);
        expect(sum(after)).toBeCloseTo(sum(today), 9);
        expect(Math.abs(sum(today) - 100)).toBeLessThanOrEqual(0.5 + 1e-9);
        const converted = (values.shareSomewhat * values.moved) / 100;
        expect(after!.segments[0]!.value - today!.segments[0]!.value).toBeCloseTo(converted, 9);
      }),
      RUNS,
    );
  });
});
