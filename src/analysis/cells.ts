/**
 * Numbers as spreadsheets export them, in French or English: `1 234,5`, `1,234.5`, `1.234,5`,
 * `72 %`, `−3`, with the no-break spaces French Excel puts between thousands.
 */

/** The decimal separator a column was written with. */
export type Decimal = ',' | '.';

const SPACES = /[\s\u00A0\u202F\u2009']/g;
const PLAIN_POINT = /^-?\d{1,15}(\.\d{1,15})?$/;
const PLAIN_COMMA = /^-?\d{1,15}(,\d{1,15})?$/;

/**
 * The decimal separator of a column of cells. A cell with both marks decides by the last one
 * (`1.234,5` → `,`); a mark followed by other than three digits is a decimal (`72,5` → `,`);
 * otherwise the table's delimiter decides: a comma-separated table cannot use the decimal comma
 * unquoted, and French exports, semicolon-separated, use it.
 * Example: decimalOf(['1 234', '72,5'], ';') = ','.
 */
export function decimalOf(cells: readonly string[], delimiter: string): Decimal {
  for (const cell of cells) {
    const c = cell.replace(SPACES, '');
    const comma = c.lastIndexOf(',');
    const point = c.lastIndexOf('.');
    if (comma >= 0 && point >= 0) return comma > point ? ',' : '.';
    if (comma >= 0 && !/^\d{3}(\D|$)/.test(c.slice(comma + 1))) return ',';
    if (point >= 0 && !/^\d{3}(\D|$)/.test(c.slice(point + 1))) return '.';
  }
  return delimiter === ',' ? '.' : ',';
}

/**
 * A cell's number with the column's decimal separator, or null when it is not one (the caller
 * names the line). Spaces and the other mark group thousands; a trailing `%` is allowed and
 * kept as written (72 % is 72). Empty cells are `undefined`: a missing value, not an error.
 * Example: readNumber('1 234,5', ',') = 1234.5; readNumber('12a', ',') = null.
 */
export function readNumber(cell: string, decimal: Decimal): number | null | undefined {
  // Most cells are plain numbers (`72`, `7,45`, `7.45`): read them without the clean-up below.
  if ((decimal === '.' ? PLAIN_POINT : PLAIN_COMMA).test(cell))
    return Number(decimal === '.' ? cell : cell.replace(',', '.'));
  const text = cell.replace(SPACES, '').replace(/%$/, '').replace(/^[−–]/, '-');
  if (text === '') return undefined;
  const group = decimal === ',' ? '.' : ',';
  const plain = text.split(group).join('').replace(decimal, '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(plain)) return null;
  const value = Number(plain);
  return Number.isFinite(value) ? value : null;
}
