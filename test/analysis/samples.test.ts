import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sampleCsv } from '../../scripts/samples.ts';
import { analyse } from '../../src/analysis/analysis.ts';
import { guessColumns } from '../../src/analysis/columns.ts';
import { isProblem, readTable } from '../../src/analysis/table.ts';
import { readUnits, type Unit } from '../../src/analysis/units.ts';

function analysed(text: string) {
  const table = readTable(text);
  if (isProblem(table)) throw new Error(table.code);
  const columns = guessColumns(table.headers);
  const units = readUnits(table, columns);
  if (!units.every((u) => 'name' in u)) throw new Error(JSON.stringify(units));
  return { columns, result: analyse(units as Unit[]) };
}

describe('the sample tables', () => {
  it.each(['fr', 'en'] as const)('in %s are what `npm run samples` writes', (lang) => {
    expect(readFileSync(`src/analysis/samples/${lang}.csv`, 'utf8')).toBe(sampleCsv(lang));
  });

  it('are read whole, every column recognised, and give the same results in both languages', () => {
    const fr = analysed(sampleCsv('fr'));
    const en = analysed(sampleCsv('en'));
    expect(fr.columns).toEqual({
      unit: 0,
      period: 1,
      employee: 2,
      customer: 3,
      respondents: 4,
      revenue: 5,
    });
    expect(en.columns).toEqual(fr.columns);
    const { outlying: frOut, thin: frThin, ...frRest } = fr.result;
    const { outlying: enOut, thin: enThin, ...enRest } = en.result;
    expect(enRest).toEqual(frRest);
    expect([enOut.length, enThin.length]).toEqual([frOut.length, frThin.length]);
    expect(fr.result).toMatchObject({ period: '2026', units: 24 });
    expect(fr.result.lagged).toMatchObject({ from: '2025', to: '2026', units: 24 });
  });
});
