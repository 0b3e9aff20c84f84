import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults, evaluateValues } from '../../src/calculators/check.ts';
import engagement from '../../src/calculators/declarations/engagement-roi.ts';
import {
  annualBenefit,
  benefitComponents,
  cashFlows,
  gaps,
  monthlyBenefit,
  monthlyCost,
  npv,
  paybackMonth,
  roi,
  scenarioResults,
  tornado,
} from '../../src/calculators/programme.ts';
import type { LineChart, RangeChart } from '../../src/charts/chart.ts';
import { commonLaws, expectExample, RUNS, validValues } from './laws.ts';

type Values = Parameters<typeof annualBenefit>[0];

const DEFAULTS = defaults(engagement) as Values;

/** Asserts a ≈ b to a relative precision of 1e-9 of `scale` (the size of the numbers summed). */
function expectNear(a: number, b: number, scale = Math.max(Math.abs(a), Math.abs(b))): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
}

/** The cumulative series written straight from the specification, independently of the module. */
function specCumulative(values: Values, benefit: number): number[] {
  const cost = (values.headcount * values.costPerEmployee) / 12;
  const series = [-values.programCost];
  for (let m = 1; m <= values.horizonMonths; m += 1) {
    const ramp = values.rampMonths === 0 ? 1 : Math.min(1, m / values.rampMonths);
    series.push(series[m - 1]! + (benefit / 12) * ramp - cost);
  }
  return series;
}

/** The largest monthly amount in play, to scale the tolerance of sums. */
function scaleOf(values: Values, benefit: number): number {
  return values.programCost + values.horizonMonths * (benefit / 12 + monthlyCost(values));
}

function results(values: Record<string, number>) {
  const outcome = evaluateValues(engagement, values);
  if (!outcome.ok) throw new Error(`valid values rejected: ${JSON.stringify(values)}`);
  return outcome.results;
}

describe('engagement programme ROI', () => {
  // The specification's example used an untraced 81 % absenteeism gap for the high scenario; the
  // high scenario now keeps the verified 78 %, which lowers only the three high results below.
  it('reproduces the worked example of the specification', () => {
    expectExample(
      engagement,
      {},
      {
        annualBenefit: 90796.875,
        annualBenefitLow: 66421.875,
        annualBenefitHigh: 105515.625,
        paybackMonth: 10,
        paybackMonthLow: 15,
        paybackMonthHigh: 9,
        npv: 113708.89,
        npvLow: 53623.73,
        npvHigh: 149991.08,
        roi: 111.23,
        roiLow: 54.52,
        roiHigh: 145.47,
      },
    );
  });

  it('reproduces the examples of the helpers’ doc comments', () => {
    expect(gaps({ turnover: 15 }, 'central')).toEqual({ dT: 0.51, u: 0.18, dA: 0.78 });
    expect(gaps({ turnover: 45 }, 'central').dT).toBe(0.21);
    const parts = benefitComponents(DEFAULTS, gaps(DEFAULTS, 'central'));
    expect(parts.turnover).toBeCloseTo(26296.875, 6);
    expect(parts.productivity).toBeCloseTo(45000, 6);
    expect(parts.absenteeism).toBeCloseTo(19500, 6);
    expect(annualBenefit(DEFAULTS, 'central')).toBeCloseTo(90796.875, 6);
    expect(monthlyCost(DEFAULTS)).toBe(2500);
    expect(monthlyBenefit(DEFAULTS, 90796.875, 3)).toBeCloseTo(3783.203125, 6);
    const cumulative = cashFlows(DEFAULTS, 90796.875);
    expect(cumulative).toHaveLength(37);
    expect(cumulative[0]).toBe(-30000);
    expect(cumulative[1]).toBeCloseTo(-31238.932, 3);
    expect(paybackMonth([-5, -3, 0, 2])).toBe(2);
    expect(paybackMonth([-5, -3, -1])).toBeNull();
    expect(paybackMonth(cumulative)).toBe(10);
    expect(npv(DEFAULTS, 90796.875)).toBeCloseTo(113708.89, 2);
    expect(roi(DEFAULTS, 90796.875)).toBeCloseTo(111.23, 2);
    const low = scenarioResults(DEFAULTS, 'low');
    expect(low.annualBenefit).toBeCloseTo(66421.875, 6);
    expect(low.paybackMonth).toBe(15);
    expect(low.npv).toBeCloseTo(53623.73, 2);
    expect(low.roi).toBeCloseTo(54.52, 2);
    const row = tornado(DEFAULTS).find((r) => r.input === 'replacementCost');
    expect(row?.low).toBeCloseTo(76111.75, 2);
    expect(row?.high).toBeCloseTo(308176.81, 2);
  });

  it('takes the high-turnover row of dT only above 40 % turnover', () => {
    // By hand, q = 0.25 included: productivity 10 000 000 × 0.18 × 0.25 × 0.2 = 90 000 and
    // absence 100 × 8 × 0.78 × 0.25 × 55 000 / 220 = 39 000; attribution 0.5 on everything.
    const base = 0.5 * (90000 + 39000);
    expect(results({ turnover: 40 }).annualBenefit).toBeCloseTo(
      base + 0.5 * 100 * 0.4 * 0.51 * 0.25 * 55000 * 0.5,
      6,
    );
    expect(results({ turnover: 41 }).annualBenefit).toBeCloseTo(
      base + 0.5 * 100 * 0.41 * 0.21 * 0.25 * 55000 * 0.5,
      6,
    );
  });

  it('leaves the productivity gain out when includeProductivity is 0', () => {
    // 0.5 × (52 593.75 + 39 000) = 45 796.875, worked by hand from the defaults.
    expect(results({ includeProductivity: 0 }).annualBenefit).toBeCloseTo(45796.875, 6);
  });

  it('reports a payback never reached as null, and marks no break-even on the chart', () => {
    const values = { ...DEFAULTS, costPerEmployee: 3000 };
    const outcome = results(values);
    expect(outcome.paybackMonth).toBeNull();
    const chart = engagement
      .charts(values, outcome, 'en')
      .find((c): c is LineChart => c.kind === 'line');
    expect(chart?.marks).toEqual([]);
  });

  it('marks the central break-even month on the cumulative chart', () => {
    const chart = engagement
      .charts(DEFAULTS, results({}), 'fr')
      .find((c): c is LineChart => c.kind === 'line');
    expect(chart?.marks).toHaveLength(1);
    expect(chart?.marks[0]?.x).toBe(10);
    expect(chart?.marks[0]?.y).toBeGreaterThanOrEqual(0);
    expect(chart?.series[0]?.points).toHaveLength(37);
  });

  it('declares the coefficients in order, low ≤ central ≤ high', () => {
    for (const coefficient of engagement.coefficients) {
      const { low, central, high } = coefficient.values;
      expect(typeof low.value === 'number' && typeof central.value === 'number').toBe(true);
      expect(low.value as number).toBeLessThanOrEqual(central.value as number);
      expect(central.value as number).toBeLessThanOrEqual(high.value as number);
    }
  });

  commonLaws(engagement);

  it('npv at zero discount equals −programCost + Σ cash flows', () => {
    fc.assert(
      fc.property(validValues(engagement), (raw) => {
        const values = raw as Values;
        const benefit = annualBenefit(values, 'central');
        let sum = 0;
        for (let m = 1; m <= values.horizonMonths; m += 1) {
          const ramp = values.rampMonths === 0 ? 1 : Math.min(1, m / values.rampMonths);
          sum += (benefit / 12) * ramp - (values.headcount * values.costPerEmployee) / 12;
        }
        const scale = scaleOf(values, benefit);
        expectNear(npv({ ...values, discountRate: 0 }, benefit), -values.programCost + sum, scale);
        expectNear(cashFlows(values, benefit).at(-1)!, -values.programCost + sum, scale);
      }),
      RUNS,
    );
  });

  it('the cumulative flow follows the specification month by month', () => {
    fc.assert(
      fc.property(validValues(engagement), (raw) => {
        const values = raw as Values;
        const benefit = annualBenefit(values, 'central');
        const expected = specCumulative(values, benefit);
        const actual = cashFlows(values, benefit);
        expect(actual).toHaveLength(values.horizonMonths + 1);
        actual.forEach((value, m) => expectNear(value, expected[m]!, scaleOf(values, benefit)));
      }),
      RUNS,
    );
  });

  it('benefit is linear in attribution', () => {
    fc.assert(
      fc.property(
        validValues(engagement),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('low' as const, 'central' as const, 'high' as const),
        (raw, k, scenario) => {
          const values = raw as Values;
          const scaled = annualBenefit(
            { ...values, attribution: values.attribution * k },
            scenario,
          );
          expectNear(scaled, annualBenefit(values, scenario) * k);
        },
      ),
      RUNS,
    );
  });

  it('roi is undefined only when costs are zero', () => {
    fc.assert(
      fc.property(
        validValues(engagement),
        fc.boolean(),
        fc.boolean(),
        (raw, noOneOff, noRecurring) => {
          const values = {
            ...raw,
            programCost: noOneOff ? 0 : raw.programCost!,
            costPerEmployee: noRecurring ? 0 : raw.costPerEmployee!,
          } as Values;
          const costs =
            values.programCost +
            (values.horizonMonths * values.headcount * values.costPerEmployee) / 12;
          // Costs of a millionth of a unit or less are not money; far below that the ratio overflows.
          fc.pre(costs === 0 || costs >= 1e-6);
          const outcome = results(values);
          for (const name of ['roi', 'roiLow', 'roiHigh'] as const) {
            expect(outcome[name] === null, name).toBe(costs === 0);
          }
        },
      ),
      RUNS,
    );
  });

  it('payback month is the first month the cumulative flow is ≥ 0', () => {
    fc.assert(
      fc.property(validValues(engagement), (raw) => {
        const values = raw as Values;
        const outcome = results(values);
        for (const [scenario, name] of [
          ['low', 'paybackMonthLow'],
          ['central', 'paybackMonth'],
          ['high', 'paybackMonthHigh'],
        ] as const) {
          const cumulative = cashFlows(values, annualBenefit(values, scenario));
          const month = outcome[name] ?? null;
          const end = month ?? values.horizonMonths + 1;
          for (let m = 1; m < end; m += 1) expect(cumulative[m]).toBeLessThan(0);
          if (month !== null) {
            expect(month).toBeGreaterThanOrEqual(1);
            expect(month).toBeLessThanOrEqual(values.horizonMonths);
            expect(cumulative[month]).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('low ≤ central ≤ high for annualBenefit', () => {
    // Every coefficient row is ordered (tested above) and every input is ≥ 0, so no precondition.
    fc.assert(
      fc.property(validValues(engagement), (values) => {
        const outcome = results(values);
        expect(outcome.annualBenefitLow!).toBeLessThanOrEqual(outcome.annualBenefit!);
        expect(outcome.annualBenefit!).toBeLessThanOrEqual(outcome.annualBenefitHigh!);
      }),
      RUNS,
    );
  });

  it('each tornado row brackets the central npv when the input lies in its range', () => {
    fc.assert(
      fc.property(validValues(engagement), (raw) => {
        const values = raw as Values;
        // The replacement-cost range is fixed at 21 → 200 %; the others follow the reader's value.
        fc.pre(values.replacementCost >= 21);
        const central = npv(values, annualBenefit(values, 'central'));
        const rows = tornado(values);
        expect(rows.map((r) => r.input).sort()).toEqual(
          ['attribution', 'gapClosed', 'replacementCost', 'u'].sort(),
        );
        for (const row of rows) {
          const tolerance = 1e-9 * Math.max(1, scaleOf(values, annualBenefit(values, 'high') * 4));
          expect(row.low, row.input).toBeLessThanOrEqual(central + tolerance);
          expect(central, row.input).toBeLessThanOrEqual(row.high + tolerance);
        }
      }),
      RUNS,
    );
  });

  it('the tornado chart has the central npv as its reference, rows sorted by swing', () => {
    const chart = engagement
      .charts(DEFAULTS, results({}), 'en')
      .find((c): c is RangeChart => c.id === 'tornado');
    expect(chart?.reference?.value).toBeCloseTo(113708.89, 2);
    const swings = (chart?.rows ?? []).map((r) => r.high! - r.low!);
    expect(swings).toHaveLength(4);
    expect([...swings].sort((a, b) => b - a)).toEqual(swings);
  });
});
