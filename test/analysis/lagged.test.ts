import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crossLagged, partialSlope, type Pair } from '../../src/analysis/lagged.ts';
import reference from '../fixtures/analysis/two-periods.json' with { type: 'json' };

const pairsOf = (set: (typeof reference.sets)[number]): Pair[] =>
  set.e1.map((_, i) => ({
    name: `U${i}`,
    employee: [set.e1[i]!, set.e2[i]!],
    customer: [set.c1[i]!, set.c2[i]!],
    revenue: [set.r1[i]!, set.r2[i]!],
  }));

describe('crossLagged', () => {
  it.each(reference.sets.map((s) => [s.e1.length, s] as const))(
    'matches NumPy and SciPy to 1e-6 on %i generated units in two periods',
    (_, set) => {
      const got = crossLagged(pairsOf(set));
      for (const key of ['employeeToCustomer', 'customerToEmployee', 'elasticity'] as const) {
        const estimate = got[key]!;
        for (const bound of ['value', 'low', 'high'] as const)
          expect(estimate[bound], `${key}.${bound}`).toBeCloseTo(set[key][bound], 6);
      }
      expect(got.units).toBe(set.e1.length);
      expect(got.elasticityUnits).toBe(set.e1.length);
    },
  );

  it('leaves out of the elasticity the units without revenue in both periods', () => {
    const pairs = pairsOf(reference.sets[1]!).map(({ revenue, ...rest }, i) =>
      i % 2 ? rest : { ...rest, revenue: revenue! },
    );
    expect(crossLagged(pairs).elasticityUnits).toBe(20);
  });
});

describe('partialSlope', () => {
  it('is null below 5 units, for a constant series and for collinear predictors', () => {
    expect(partialSlope([1, 2, 3, 4], [1, 3, 2, 4], [4, 3, 2, 1])).toBeNull();
    expect(partialSlope([1, 2, 3, 4, 5], [2, 2, 2, 2, 2], [1, 3, 2, 5, 4])).toBeNull();
    expect(partialSlope([1, 2, 3, 4, 5], [1, 2, 3, 4, 5], [2, 4, 6, 8, 10])).toBeNull();
  });

  it('finds b exactly when y = b·x + c·control with no noise (standardised)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 30 }),
        fc.integer({ min: -5, max: 5 }),
        (xs, cs, k) => {
          const n = Math.min(xs.length, cs.length);
          const x = xs.slice(0, n);
          const c = cs.slice(0, n);
          const y = x.map((v, i) => k * v + 2 * c[i]!);
          const b = partialSlope(y, x, c);
          fc.pre(b !== null);
          // The interval of an exact fit has no width.
          expect(b!.high! - b!.low!).toBeLessThan(1e-6);
        },
      ),
      { numRuns: 200 },
    );
  });
});
