import { describe, expect, it } from 'vitest';
import { analyse, TOO_FEW } from '../../src/analysis/analysis.ts';
import { correlation } from '../../src/analysis/stats.ts';
import type { Unit } from '../../src/analysis/units.ts';

/** Units on the line customer = 2 + 0.1 × employee, with a small alternating wobble. */
function units(n: number, period = '', extra: Partial<Unit> = {}): Unit[] {
  return Array.from({ length: n }, (_, i) => ({
    name: `Agence ${i + 1}`,
    period,
    employee: 50 + i,
    customer: 2 + 0.1 * (50 + i) + (i % 2 ? 0.05 : -0.05),
    line: i + 2,
    ...extra,
  }));
}

describe('analyse', () => {
  it('reads the link in one period, and says it can tell with enough units', () => {
    const data = units(20);
    const result = analyse(data);
    expect(result.units).toBe(20);
    expect(result.r).toEqual(
      correlation(
        data.map((u) => u.employee),
        data.map((u) => u.customer),
      ),
    );
    expect(result.slope!.value).toBeCloseTo(0.1, 2);
    expect(result.conclusive).toBe(true);
    expect(result.needed).toBe(85);
    expect(result.lagged).toBeNull();
  });

  it(`cannot tell below ${TOO_FEW} units, however strong the link`, () => {
    expect(analyse(units(TOO_FEW - 1)).conclusive).toBe(false);
  });

  it('names a unit far from the line, and those with fewer than 5 respondents', () => {
    const data = units(20, '', { respondents: 12 });
    data[7] = { ...data[7]!, customer: data[7]!.customer + 3 };
    data[3] = { ...data[3]!, respondents: 4 };
    const result = analyse(data);
    expect(result.outlying).toEqual(['Agence 8']);
    expect(result.thin).toEqual(['Agence 4']);
  });

  it('reads the latest period, and the two latest across, matching units by name', () => {
    const early = units(12, '2025', { revenue: 1_000_000 });
    const late = units(12, '2026').map((u, i) => ({
      ...u,
      name: u.name.toUpperCase(),
      employee: u.employee + (i % 3),
      customer: u.customer + 0.02 * (i % 4),
      revenue: 1_000_000 * (1 + (i % 3) / 100),
    }));
    const result = analyse([...late, ...early]);
    expect(result.period).toBe('2026');
    expect(result.lagged).toMatchObject({
      from: '2025',
      to: '2026',
      units: 12,
      elasticityUnits: 12,
    });
    expect(result.lagged!.employeeToCustomer).not.toBeNull();
    expect(result.lagged!.elasticity!.value).toBeGreaterThan(0);
  });
});
