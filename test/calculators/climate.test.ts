import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateValues } from '../../src/calculators/check.ts';
import climate, { revenueGain } from '../../src/calculators/declarations/service-climate.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

describe('service climate → revenue', () => {
  it('reproduces the worked example of the specification', () => {
    expectExample(
      climate,
      {},
      {
        climateChange: 10,
        revenueGain: 175000,
        revenueGainLow: 30000,
        revenueGainHigh: 1000000,
        revenueGainPercent: 1.75,
      },
    );
  });

  it('models a decline as a loss', () => {
    const outcome = evaluateValues(climate, { climateTarget: 54 });
    expect(outcome.ok && outcome.results.revenueGain).toBeCloseTo(-175000, 6);
  });

  commonLaws(climate);

  it('gain is linear in attribution', () => {
    fc.assert(
      fc.property(validValues(climate), fc.double({ min: 0, max: 1, noNaN: true }), (values, k) => {
        const scaled = revenueGain(
          { ...values, attribution: values.attribution * k },
          values.elasticity,
        );
        expect(scaled).toBeCloseTo(revenueGain(values, values.elasticity) * k, 3);
      }),
      RUNS,
    );
  });

  it('gain is monotone in revenue when the target is above the current score', () => {
    fc.assert(
      fc.property(
        validValues(climate),
        fc.double({ min: 1, max: 10, noNaN: true }),
        (values, k) => {
          fc.pre(values.climateTarget >= values.climateNow);
          expect(
            revenueGain({ ...values, revenue: values.revenue * k }, 0.35),
          ).toBeGreaterThanOrEqual(revenueGain(values, 0.35));
        },
      ),
      RUNS,
    );
  });

  it('low ≤ central ≤ high for a gain when the elasticity lies between the sourced values', () => {
    fc.assert(
      fc.property(
        validValues(climate),
        fc.double({ min: 0.06, max: 2, noNaN: true }),
        (raw, elasticity) => {
          const values = {
            ...raw,
            elasticity,
            climateTarget: Math.max(raw.climateNow, raw.climateTarget),
          };
          const outcome = evaluateValues(climate, values);
          if (!outcome.ok) throw new Error('valid values rejected');
          const {
            revenueGainLow: low,
            revenueGain: central,
            revenueGainHigh: high,
          } = outcome.results;
          expect(low).toBeLessThanOrEqual(central! + 1e-6);
          expect(central).toBeLessThanOrEqual(high! + 1e-6);
        },
      ),
      RUNS,
    );
  });
});
