/**
 * One reader's table, from its text (or a file's bytes) to what the tool shows, holding the
 * parsed table so that a change of column re-reads the units without parsing again. The page
 * runs it in a worker, so a 100,000-row table never stops the page from answering.
 */
import { analyse, type Analysis } from './analysis.ts';
import { guessColumns, type Columns } from './columns.ts';
import { decodeBytes, isProblem, readTable, type Table, type TableProblem } from './table.ts';
import { readUnits, type Unit, type UnitProblem } from './units.ts';

/** What the page asks: read this text, these bytes (a file), or use these columns. */
export type Request =
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; bytes: ArrayBuffer }
  | { kind: 'columns'; columns: Partial<Columns> };

/** The table as the column choice needs it: its headers and the columns in use. */
export interface Shape {
  headers: string[];
  columns: Columns;
  /** Data lines, header excluded. */
  rows: number;
}

/** What the tool shows for the table as it stands. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'problems'; problems: (TableProblem | UnitProblem)[]; shape: Shape | null }
  | { kind: 'analysis'; analysis: Analysis; units: Unit[]; shape: Shape };

/**
 * Holds the current table and the reader's column choices; `handle` answers each request with
 * the outcome. New text or bytes drop the previous choices.
 * Example: handle({ kind: 'text', text: 'Agence;Climat;Satisfaction\nA;70;8\n' }) → problems
 * [{ code: 'tooFew', units: 1 }].
 */
export class Session {
  private table: Table | TableProblem | null = null;
  private chosen: Partial<Columns> = {};

  handle(request: Request): Outcome {
    if (request.kind === 'columns') this.chosen = request.columns;
    else {
      this.chosen = {};
      const text =
        request.kind === 'text' ? request.text : decodeBytes(new Uint8Array(request.bytes));
      if (text === null) this.table = { code: 'binary' };
      else if (request.kind === 'text' && text.trim() === '') this.table = null;
      else this.table = readTable(text);
    }
    return this.outcome();
  }

  private outcome(): Outcome {
    const table = this.table;
    if (table === null) return { kind: 'none' };
    if (isProblem(table)) return { kind: 'problems', problems: [table], shape: null };
    const shape: Shape = {
      headers: table.headers,
      columns: { ...guessColumns(table.headers), ...this.chosen },
      rows: table.rows.length,
    };
    const units = readUnits(table, shape.columns);
    if (units.length && 'code' in units[0]!)
      return { kind: 'problems', problems: units as UnitProblem[], shape };
    const analysis = analyse(units as Unit[]);
    return {
      kind: 'analysis',
      analysis,
      units: (units as Unit[]).filter((u) => u.period === analysis.period),
      shape,
    };
  }
}
