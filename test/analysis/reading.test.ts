import { describe, expect, it } from 'vitest';
import { sampleCsv } from '../../scripts/samples.ts';
import { analyse, type Analysis } from '../../src/analysis/analysis.ts';
import { guessColumns } from '../../src/analysis/columns.ts';
import { reading } from '../../src/analysis/reading.ts';
import { readTable, type Table } from '../../src/analysis/table.ts';
import { readUnits, type Unit } from '../../src/analysis/units.ts';
import { typeset } from '../../src/text/typography.ts';

function sample(lang: 'fr' | 'en'): Analysis {
  const table = readTable(sampleCsv(lang)) as Table;
  return analyse(readUnits(table, guessColumns(table.headers)) as Unit[]);
}

const estimate = (value: number, low: number | null, high: number | null) => ({ value, low, high });

describe('reading', () => {
  it('reads the sample as an association, never a cause, with its figures', () => {
    const en = reading(sample('en'), 'en');
    expect(en[0]).toMatch(/^Across your 24 units, .* r = 0\.52 \(95% interval: 0\.15 to 0\.76\)/);
    expect(en[0]).toMatch(/association, not proof/);
    const claims = en.join(' ').replace('not proof that one causes the other', '');
    expect(claims).not.toMatch(/\bcaus|\bdrives\b|\bleads to\b|\bboosts\b/);
    const fr = reading(sample('fr'), 'fr');
    expect(fr[0]).toContain('r = 0,52 (intervalle à 95\u202F%\u00A0: 0,15 à 0,76)');
    expect(fr).toHaveLength(en.length);
    for (const p of fr) expect(p).toBe(typeset(p, 'fr'));
  });

  it('says first that the data cannot tell, with the units it would take', () => {
    const few: Analysis = {
      ...sample('en'),
      units: 8,
      r: estimate(0.6, -0.1, 0.9),
      conclusive: false,
      lagged: null,
    };
    expect(reading(few, 'en')[0]).toMatch(/^Your 8 units cannot tell: .*about 85 units/);
    expect(reading(few, 'fr')[0]).toMatch(/^Vos 8 unités ne permettent pas de conclure/);
  });

  it('reads each direction of the cross-lagged paths as it is', () => {
    const base = sample('en');
    const lag = (forward: [number, number], backward: [number, number]) =>
      reading(
        {
          ...base,
          lagged: {
            ...base.lagged!,
            employeeToCustomer: estimate((forward[0] + forward[1]) / 2, ...forward),
            customerToEmployee: estimate((backward[0] + backward[1]) / 2, ...backward),
          },
        },
        'en',
      ).join(' ');
    expect(lag([0.1, 0.5], [-0.2, 0.2])).toMatch(/fits "inside first" without proving it/);
    expect(lag([-0.2, 0.2], [0.1, 0.5])).toMatch(/customer score that predicts/);
    expect(lag([0.1, 0.5], [0.1, 0.5])).toMatch(/both ways/);
    expect(lag([-0.2, 0.2], [-0.2, 0.2])).toMatch(/Neither direction/);
  });

  it('names the thin units and, with revenue in both years, the measured elasticity', () => {
    const text = reading(sample('en'), 'en').join(' ');
    expect(text).toContain('Fewer than 5 respondents: Cambridge.');
    expect(text).toMatch(
      /goes with 0\.55 more points of revenue growth \(95% interval: 0\.32 to 0\.78\), over 24 units/,
    );
  });
});
