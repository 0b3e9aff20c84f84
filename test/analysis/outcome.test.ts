import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleCsv } from '../../scripts/samples.ts';
import { analyse, type Analysis } from '../../src/analysis/analysis.ts';
import { guessColumns } from '../../src/analysis/columns.ts';
import { CLIMATE, climateLink } from '../../src/analysis/handover.ts';
import { lineList, problemMessage } from '../../src/analysis/messages.ts';
import { OUTPUTS, outputValues, plainDecimal, resultsCsv } from '../../src/analysis/outputs.ts';
import { isProblem, MAX_BYTES, readTable } from '../../src/analysis/table.ts';
import { readUnits, type Unit, type UnitProblem } from '../../src/analysis/units.ts';
import climate from '../../src/calculators/declarations/service-climate.ts';
import { readMeasured } from '../../src/calculators/measured.ts';
import { LANGS } from '../../src/i18n/lang.ts';

function analysed(text: string): Analysis {
  const table = readTable(text);
  if (isProblem(table)) throw new Error(table.code);
  return analyse(readUnits(table, guessColumns(table.headers)) as Unit[]);
}

function problems(text: string) {
  const table = readTable(text);
  if (isProblem(table)) return [table];
  return readUnits(table, guessColumns(table.headers)) as UnitProblem[];
}

describe('messages for bad input', () => {
  const cases: [string, string, RegExp, RegExp][] = [
    ['empty', '  \n', /vide/, /empty/],
    ['binary', 'a\u0001b;c\n', /pas du texte/, /not text/],
    ['too large', 'x'.repeat(MAX_BYTES + 1), /20 Mo/, /20 MB/],
    ['too many rows', `a;b\n${'1;2\n'.repeat(100_001)}`, /100\u202f001 lignes/, /100,001 lines/],
    ['one column', 'Agence\nLyon\n', /Une seule colonne/, /one column/],
    [
      'text in numbers',
      'Agence;Climat;Satisfaction\nA;70;8\nB;beaucoup;7\nC;60;6\n',
      /«\sClimat\s» \(Score des salariés\)\s: ce n’est pas un nombre à la ligne 3/,
      /“Climat” \(Employee score\): not a number on line 3/,
    ],
    [
      'duplicates',
      'Agence;Climat;Satisfaction\nLyon;70;8\nlyon;60;7\nNantes;65;6\n',
      /«\sLyon\s» apparaît plusieurs fois.*lignes 2 et 3/,
      /“Lyon” appears more than once.*lines 2 and 3/,
    ],
    [
      'fewer than 3 units',
      'Agence;Climat;Satisfaction\nA;70;8\nB;60;7\n',
      /au moins 3 unités.*2/,
      /at least 3 units.*2/,
    ],
    [
      'a constant column',
      'Agence;Climat;Satisfaction\nA;70;8\nB;70;7\nC;70;6\n',
      /la même valeur/,
      /the same value/,
    ],
    [
      'no unit name',
      'Agence;Climat;Satisfaction\nA;70;8\n;60;7\nC;65;6\n',
      /Unité.*valeur manquante à la ligne 3/,
      /Unit.*value missing on line 3/,
    ],
    ['a missing column', 'Nom;Prix;Poids\nA;1;2\nB;2;3\nC;3;4\n', /choisissez-la/, /choose it/],
  ];
  it.each(cases)('%s is named in both languages', (_, text, fr, en) => {
    const found = problems(text);
    expect(found.length).toBeGreaterThan(0);
    const headers = ['Agence', 'Climat', 'Satisfaction'];
    const header = (p: (typeof found)[number]) =>
      'role' in p ? headers[['unit', 'employee', 'customer'].indexOf(p.role)] : undefined;
    expect(found.map((p) => problemMessage(p, 'fr', header(p))).join('\n')).toMatch(fr);
    expect(found.map((p) => problemMessage(p, 'en', header(p))).join('\n')).toMatch(en);
  });

  it('lists the first lines and says how many there are in all', () => {
    expect(lineList([3], 1, 'en')).toBe('line 3');
    expect(lineList([3, 7, 9], 3, 'fr')).toBe('lignes 3, 7 et 9');
    expect(lineList([2, 3], 40, 'en')).toBe('lines 2, 3… (40 in all)');
  });
});

describe('outputs', () => {
  it('are the same figures, in plain decimals, from the French and the English sample', () => {
    const fr = outputValues(analysed(sampleCsv('fr')));
    const en = outputValues(analysed(sampleCsv('en')));
    expect(en).toEqual(fr);
    expect(Object.keys(fr)).toEqual([...OUTPUTS]);
    expect(fr.units).toBe(24);
    expect(fr.r).toBeCloseTo(0.52165, 5);
    expect(plainDecimal(fr.rLow)).toMatch(/^0\.14977\d+$/);
  });

  it('are empty, never NaN, when undefined', () => {
    const values = outputValues(null);
    expect(Object.values(values).every((v) => v === null)).toBe(true);
    expect(plainDecimal(null)).toBe('');
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(plainDecimal(x)).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(plainDecimal(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });

  it('go to a CSV in each language with the same numbers, and none of the units’ scores', () => {
    const a = analysed(sampleCsv('fr'));
    const fr = resultsCsv(a, 'fr', 'T', 'https://x/');
    const en = resultsCsv(a, 'en', 'T', 'https://x/');
    expect(fr.startsWith('\uFEFF')).toBe(true);
    const numbers = (csv: string, sep: string) =>
      csv
        .split('\r\n')
        .flatMap((l) => l.split(sep))
        .filter((c) => /^-?\d/.test(c))
        .map((c) => Number(c.replace(',', '.')));
    expect(numbers(fr, ';')).toEqual(numbers(en, ','));
    expect(fr).toContain(String(a.r!.value).replace('.', ','));
    expect(fr).not.toMatch(/Amiens|65,2/);
  });
});

describe('the hand-over to the service-climate calculator', () => {
  it('names the calculator and the input its declaration has', () => {
    expect(climate.slug).toEqual(CLIMATE.slug);
    const input = climate.inputs.find((i) => i.name === CLIMATE.input)!;
    expect([input.min, input.max]).toEqual([CLIMATE.min, CLIMATE.max]);
  });

  it.each(LANGS)('carries the rounded elasticity, its units and interval (%s)', (lang) => {
    const link = climateLink(analysed(sampleCsv(lang)), lang);
    expect(link).toHaveProperty('href');
    const href = (link as { href: string }).href;
    expect(
      href.startsWith(
        lang === 'fr' ? '/outils/climat-de-service/?' : '/en/tools/service-climate/?',
      ),
    ).toBe(true);
    const query = href.slice(href.indexOf('?'));
    expect(readMeasured(query, ['elasticity'])).toEqual({
      elasticity: { value: 0.55, units: 24, low: 0.32, high: 0.78 },
    });
  });

  it('offers none without two periods, nor beyond the calculator’s bounds', () => {
    const one = analysed('Agence;Climat;Satisfaction\nA;70;8\nB;60;7\nC;65;6\nD;61;5\n');
    expect(climateLink(one, 'fr')).toEqual({ reason: 'none' });
    const steep = {
      ...one,
      lagged: {
        units: 9,
        employeeToCustomer: null,
        customerToEmployee: null,
        elasticity: { value: 4, low: 3.5, high: 4.5 },
        elasticityUnits: 9,
        from: '1',
        to: '2',
      },
    };
    expect(climateLink(steep, 'en')).toEqual({ reason: 'outOfRange' });
  });

  it('refuses a measure the link cannot back', () => {
    const names = ['elasticity'];
    expect(readMeasured('elasticity=0.5&measured=elasticity:2:0.1:0.9', names)).toEqual({});
    expect(readMeasured('elasticity=0.5&measured=elasticity:10.5:0.1:0.9', names)).toEqual({});
    expect(readMeasured('elasticity=0.5&measured=elasticity:10:0.6:0.9', names)).toEqual({});
    expect(readMeasured('elasticity=0.5&measured=revenue:10:0.1:0.9', names)).toEqual({});
    expect(readMeasured('measured=elasticity:10:0.1:0.9', names)).toEqual({});
    expect(readMeasured('elasticity=0.5&measured=elasticity:10:x:0.9', names)).toEqual({});
  });
});
