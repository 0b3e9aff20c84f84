import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, evaluateValues } from '../../src/calculators/check.ts';
import resources, { gapCost } from '../../src/calculators/declarations/resource-gap.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

/** Equal to within a relative tolerance, for values that span many orders of magnitude. */
function expectClose(actual: number, expected: number, relative = 1e-9): void {
  const scale = Math.max(1, Math.abs(actual), Math.abs(expected));
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * scale);
}

describe('knowing versus being able: the resource gap', () => {
  it('reproduces the worked example of the specification', () => {
    expectExample(
      resources,
      {},
      {
        gapPoints: 40,
        employeesInGap: 20,
        productivityCost: 73600,
        customersAtRisk: 36,
        revenueAtRisk: 54000,
        totalCost: 127600,
        totalCostLow: 43550,
        totalCostHigh: 292650,
      },
    );
  });

  it('the example in gapCost’s doc comment holds', () => {
    const cost = gapCost(defaults(resources), 1);
    expect(cost.productivityCost).toBeCloseTo(73600, 6);
    expect(cost.customersAtRisk).toBeCloseTo(36, 9);
    expect(cost.revenueAtRisk).toBeCloseTo(54000, 6);
    expect(cost.totalCost).toBeCloseTo(127600, 6);
  });

  it('rejects a target below the share who already have the means', () => {
    const outcome = evaluateValues(resources, { haveResources: 60, targetResources: 50 });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.targetResources?.code).toBe('rule');
  });

  commonLaws(resources);

  it('the total is the sum of the two components in every scenario', () => {
    fc.assert(
      fc.property(validValues(resources), fc.constantFrom(0.5, 1, 1.5), (values, f) => {
        const cost = gapCost(values, f);
        expectClose(cost.totalCost, cost.productivityCost + cost.revenueAtRisk);
        expectClose(cost.revenueAtRisk, cost.customersAtRisk * values.customerValue!);
      }),
      RUNS,
    );
  });

  it('the gap is never negative, and costs no time when everyone who knows is able', () => {
    fc.assert(
      fc.property(validValues(resources), (values) => {
        const outcome = evaluateValues(resources, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        expect(outcome.results.gapPoints).toBeGreaterThanOrEqual(0);
        if (values.haveResources! >= values.knowExpectations!) {
          expect(outcome.results.gapPoints).toBe(0);
          expect(outcome.results.productivityCost).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('no customer is at risk when the target is the current share', () => {
    fc.assert(
      fc.property(validValues(resources), (values) => {
        const outcome = evaluateValues(resources, {
          ...values,
          targetResources: values.haveResources!,
        });
        if (!outcome.ok) throw new Error('valid values rejected');
        expect(outcome.results.customersAtRisk).toBe(0);
        expect(outcome.results.revenueAtRisk).toBe(0);
      }),
      RUNS,
    );
  });

  it('productivity cost is linear in employees and in hourly cost', () => {
    fc.assert(
      fc.property(validValues(resources), fc.integer({ min: 1, max: 50 }), (values, k) => {
        const base = gapCost(values, 1).productivityCost;
        expectClose(
          gapCost({ ...values, employees: values.employees! * k }, 1).productivityCost,
          base * k,
        );
        expectClose(
          gapCost({ ...values, hourlyCost: values.hourlyCost! * k }, 1).productivityCost,
          base * k,
        );
      }),
      RUNS,
    );
  });

  it('revenue at risk is linear in interactions and in the resources closed', () => {
    fc.assert(
      fc.property(
        validValues(resources),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, k) => {
          const base = gapCost(values, 1).revenueAtRisk;
          expectClose(
            gapCost({ ...values, interactions: values.interactions! * k }, 1).revenueAtRisk,
            base * k,
          );
          const closed = values.targetResources! - values.haveResources!;
          const partial = { ...values, targetResources: values.haveResources! + closed * k };
          const difference = Math.abs(gapCost(partial, 1).revenueAtRisk - base * k);
          expect(difference).toBeLessThanOrEqual(1e-9 * Math.max(1, base));
        },
      ),
      RUNS,
    );
  });

  it('low ≤ central ≤ high', () => {
    fc.assert(
      fc.property(validValues(resources), (values) => {
        const outcome = evaluateValues(resources, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const { totalCostLow: low, totalCost: central, totalCostHigh: high } = outcome.results;
        expect(low).toBeLessThanOrEqual(central!);
        expect(central).toBeLessThanOrEqual(high!);
      }),
      RUNS,
    );
  });

  it('each rate is capped at 100 % in the high scenario', () => {
    fc.assert(
      fc.property(validValues(resources), (values) => {
        const full = { ...values, needShare: 100, failRate: 100, churnRate: 100 };
        const closed = (values.targetResources! - values.haveResources!) / 100;
        expectClose(gapCost(full, 1.5).customersAtRisk, values.interactions! * closed);
        expect(gapCost(full, 1.5).customersAtRisk).toBe(gapCost(full, 1).customersAtRisk);
      }),
      RUNS,
    );
  });

  it('the able bar plus its hatched gap reaches the knowing bar', () => {
    fc.assert(
      fc.property(validValues(resources), fc.constantFrom('fr', 'en' as const), (values, lang) => {
        const outcome = evaluateValues(resources, values);
        if (!outcome.ok) throw new Error('valid values rejected');
        const chart = resources
          .charts(outcome.values, outcome.results, lang)
          .find((c) => c.id === 'gap');
        if (chart?.kind !== 'bars') throw new Error('no gap chart');
        const [know, able] = chart.bars;
        const total = (bar: typeof know) => bar!.segments.reduce((sum, s) => sum + s.value, 0);
        expect(total(able)).toBeCloseTo(
          Math.max(values.knowExpectations!, values.haveResources!),
          9,
        );
        expect(total(know)).toBe(values.knowExpectations);
        const hatched = able!.segments.filter((s) => s.hatch);
        expect(hatched.reduce((sum, s) => sum + s.value, 0)).toBeCloseTo(
          outcome.results.gapPoints!,
          9,
        );
      }),
      { numRuns: 200 },
    );
  });
});
