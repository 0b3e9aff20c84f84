import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf, readNumber } from '../../src/analysis/cells.ts';
import { guessColumns } from '../../src/analysis/columns.ts';
import {
  decodeBytes,
  detectDelimiter,
  isProblem,
  MAX_ROWS,
  readTable,
  type Table,
} from '../../src/analysis/table.ts';
import { readUnits, type Unit } from '../../src/analysis/units.ts';

const FRENCH =
  '\uFEFFAgence;Climat interne;Satisfaction client;Répondants\r\nLyon;72,5;8,1;14\r\nNantes;1 234,0;7,9;9\r\n"Paris; Opéra";68;7,2;21\r\n';
const ENGLISH =
  'Branch,Climate score,Customer satisfaction,Respondents\nLyon,72.5,8.1,14\nNantes,"1,234.0",7.9,9\n"Paris; Opera",68,7.2,21\n';

function table(text: string): Table {
  const result = readTable(text);
  if (isProblem(result)) throw new Error(result.code);
  return result;
}

function units(text: string): Unit[] {
  const t = table(text);
  const result = readUnits(t, guessColumns(t.headers));
  if (!result.every((u) => 'name' in u)) throw new Error(JSON.stringify(result));
  return result as Unit[];
}

describe('reading a table', () => {
  it('gives French and English exports of the same data the same units', () => {
    const fr = units(FRENCH);
    const en = units(ENGLISH);
    expect(fr.map((u) => [u.employee, u.customer, u.respondents])).toEqual([
      [72.5, 8.1, 14],
      [1234, 7.9, 9],
      [68, 7.2, 21],
    ]);
    expect(en.map((u) => [u.employee, u.customer, u.respondents])).toEqual(
      fr.map((u) => [u.employee, u.customer, u.respondents]),
    );
    expect(fr[2]!.name).toBe('Paris; Opéra');
  });

  it('reads what a spreadsheet puts on the clipboard: tabs, decimal commas', () => {
    const t = table('Magasin\tEngagement\tNPS\nA\t3,5\t41\nB\t4,1\t52\nC\t2,9\t30\n');
    expect(t.delimiter).toBe('\t');
    expect(guessColumns(t.headers)).toMatchObject({ unit: 0, employee: 1, customer: 2 });
    expect((readUnits(t, guessColumns(t.headers)) as Unit[]).map((u) => u.employee)).toEqual([
      3.5, 4.1, 2.9,
    ]);
  });

  it('decodes UTF-8 with or without its mark, and Windows-1252 as French Excel writes it', () => {
    const text = 'Agence;Climat;Satisfaction\nÉvry;70;8\n';
    const utf8 = new TextEncoder().encode(text);
    const latin = Uint8Array.from([...text].map((c) => (c === 'É' ? 0xc9 : c.charCodeAt(0))));
    expect(decodeBytes(utf8)).toBe(text);
    expect(decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toBe(text);
    expect(decodeBytes(latin)).toBe(text);
    expect(decodeBytes(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBeNull();
  });

  it('finds the delimiter of the first line, ignoring those inside quotes', () => {
    expect(detectDelimiter('Agence;Climat;Satisfaction')).toBe(';');
    expect(detectDelimiter('"Agence; ville",Climat,Satisfaction')).toBe(',');
    expect(detectDelimiter('Agence\tClimat;moyen\tSatisfaction')).toBe('\t');
    expect(detectDelimiter('Agence')).toBe(',');
  });

  it('says why a text is not a table: empty, binary, one column', () => {
    expect(readTable('  \n\n')).toEqual({ code: 'empty' });
    expect(readTable('PK\u0003\u0004\u0014')).toEqual({ code: 'binary' });
    expect(readTable('Agence\nLyon\nNantes\n')).toEqual({ code: 'oneColumn' });
  });

  it('refuses more than 100,000 rows, saying how many there were', () => {
    const text = `a;b;c\n${'x;1;2\n'.repeat(MAX_ROWS + 1)}`;
    expect(readTable(text)).toMatchObject({ code: 'tooManyRows' });
  });
});

describe('numbers', () => {
  it('read both ways of writing them', () => {
    expect(readNumber('1 234,5', ',')).toBe(1234.5);
    expect(readNumber('1\u202F234,5', ',')).toBe(1234.5);
    expect(readNumber('1.234,5', ',')).toBe(1234.5);
    expect(readNumber('1,234.5', '.')).toBe(1234.5);
    expect(readNumber('72 %', ',')).toBe(72);
    expect(readNumber('−3,5', ',')).toBe(-3.5);
    expect(readNumber('', ',')).toBeUndefined();
    expect(readNumber('n/a', ',')).toBeNull();
    expect(readNumber('12a', '.')).toBeNull();
  });

  it("take the column's decimal mark from its cells, else from the delimiter", () => {
    expect(decimalOf(['1 234', '72,5'], ';')).toBe(',');
    expect(decimalOf(['1,234.5'], ';')).toBe('.');
    expect(decimalOf(['72.5'], '\t')).toBe('.');
    expect(decimalOf(['12', '13'], ',')).toBe('.');
    expect(decimalOf(['12', '13'], ';')).toBe(',');
  });

  it('round-trip any number written the French or the English way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (i, d) => {
        const value = Number(`${i}.${String(d).padStart(2, '0')}`);
        const fr = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2 }).format(value);
        const en = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2 }).format(value);
        expect(readNumber(fr, decimalOf([fr], ';'))).toBe(value);
        expect(readNumber(en, decimalOf([en], ','))).toBe(value);
      }),
    );
  });
});

describe('columns', () => {
  it.each([
    [['Agence', 'Climat (%)', 'Satisfaction client'], { unit: 0, employee: 1, customer: 2 }],
    [['Store', 'eNPS', 'Customer NPS', 'Year'], { unit: 0, employee: 1, customer: 2, period: 3 }],
    [
      ['Équipe', 'Satisfaction des employés', 'Satisfaction des clients', 'CA'],
      { unit: 0, employee: 1, customer: 2, revenue: 3 },
    ],
    [
      ['Site', 'Engagement', 'CSAT', 'Nombre de répondants'],
      { unit: 0, employee: 1, customer: 2, respondents: 3 },
    ],
  ])('recognises %j', (headers, expected) => {
    expect(guessColumns(headers)).toMatchObject(expected);
  });
});

describe('units', () => {
  const check = (text: string) => {
    const t = table(text);
    return readUnits(t, guessColumns(t.headers));
  };

  it('name the lines of text in a number column, and of missing scores', () => {
    expect(check('Agence;Climat;Satisfaction\nA;70;8\nB;beaucoup;7\nC;60;\nD;55;6\n')).toEqual([
      { code: 'notNumber', role: 'employee', lines: [3], count: 1 },
      { code: 'missingValue', role: 'customer', lines: [4], count: 1 },
    ]);
  });

  it('refuse a unit named twice, fewer than 3 units and a column that never varies', () => {
    expect(check('Agence;Climat;Satisfaction\nLyon;70;8\nlyon;60;7\nNantes;65;6\n')).toEqual([
      { code: 'duplicate', name: 'Lyon', lines: [2, 3] },
    ]);
    expect(check('Agence;Climat;Satisfaction\nA;70;8\nB;60;7\n')).toEqual([
      { code: 'tooFew', units: 2 },
    ]);
    expect(check('Agence;Climat;Satisfaction\nA;70;8\nB;70;7\nC;70;6\n')).toEqual([
      { code: 'constant', role: 'employee' },
    ]);
  });

  it('allow the same unit in two periods', () => {
    const two = check(
      'Agence;Période;Climat;Satisfaction\nA;2025;70;8\nB;2025;60;7\nC;2025;65;6\nA;2026;72;8\nB;2026;61;7\nC;2026;66;7\n',
    );
    expect(two).toHaveLength(6);
  });
});
