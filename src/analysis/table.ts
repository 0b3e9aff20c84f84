/**
 * Reading the manager's own table: text pasted from a spreadsheet or a CSV/TSV file exported in
 * French or English, into header and rows of strings. Parsing is d3-dsv's; this module decides
 * what d3-dsv cannot: the text's encoding, its delimiter, and whether it is a table at all.
 */
import { dsvFormat } from 'd3-dsv';

/** The most rows the tool reads: beyond, the page would hold too much for a phone. */
export const MAX_ROWS = 100_000;

/**
 * The largest file or pasted text the tool reads (20 MB, about 300,000 lines of a unit table):
 * larger ones are refused before being read, so the page never holds them.
 */
export const MAX_BYTES = 20_000_000;

/** Why a text is not a table the tool can read. */
export type TableProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'tooLarge'; bytes: number }
  | { code: 'tooManyRows'; rows: number }
  | { code: 'oneColumn' };

/** A table: the header row and the data rows, each cell trimmed; `line` is the row's number (header = 1). */
export interface Table {
  delimiter: '\t' | ';' | ',';
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/**
 * A file's bytes as text: UTF-8 (with or without its byte-order mark), else Windows-1252, which
 * French Excel writes by default ("Enregistrer sous… CSV"). Null when the bytes are not text
 * (a NUL byte in the first 8 KB, as in a spreadsheet saved as .xlsx or an image).
 */
export function decodeBytes(bytes: Uint8Array): string | null {
  if (bytes.subarray(0, 8192).includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** How many times `char` occurs outside double quotes in `line`. */
function countOutsideQuotes(line: string, char: string): number {
  let count = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === char && !quoted) count++;
  }
  return count;
}

/**
 * The delimiter of a table, read from its first line: a tab (what a spreadsheet puts on the
 * clipboard), else a semicolon (French exports, whose decimal comma rules out the comma), else a
 * comma. Example: `Agence;Climat;Satisfaction` → `;`.
 */
export function detectDelimiter(firstLine: string): Table['delimiter'] {
  const counts = (['\t', ';', ','] as const).map(
    (d) => [d, countOutsideQuotes(firstLine, d)] as const,
  );
  return counts.find(([, n]) => n > 0)?.[0] ?? ',';
}

/**
 * Reads pasted or decoded text into a table, or says why it cannot: too long, nothing in it, control
 * characters that text does not have, more than `MAX_ROWS` rows, or a single column. Blank lines
 * are skipped; a byte-order mark is dropped.
 */
export function readTable(text: string): Table | TableProblem {
  const clean = text.replace(/^\uFEFF/, '');
  if (clean.length > MAX_BYTES) return { code: 'tooLarge', bytes: clean.length };
  if (clean.trim() === '') return { code: 'empty' };
  if (/[\u0000-\u0008\u000E-\u001F]/.test(clean.slice(0, 8192))) return { code: 'binary' };
  const firstLine = clean.slice(0, clean.search(/\r?\n|$/));
  const delimiter = detectDelimiter(firstLine);
  const all = dsvFormat(delimiter).parseRows(clean);
  const rows: Table['rows'] = [];
  let headers: string[] | undefined;
  for (const [i, raw] of all.entries()) {
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) continue;
    if (!headers) headers = cells;
    else rows.push({ line: i + 1, cells });
    if (rows.length > MAX_ROWS) return { code: 'tooManyRows', rows: all.length - 1 };
  }
  if (!headers || headers.length < 2) return { code: 'oneColumn' };
  return { delimiter, headers, rows };
}

/** Whether `readTable` returned a problem rather than a table. */
export function isProblem(result: Table | TableProblem): result is TableProblem {
  return 'code' in result;
}
