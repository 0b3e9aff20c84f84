/**
 * The units (branches, stores, teams) of the manager's table, with their numbers, or every
 * reason they cannot be analysed, each naming the lines to fix.
 */
import { decimalOf, readNumber } from './cells.ts';
import type { Columns, Role } from './columns.ts';
import type { Table } from './table.ts';

/** One unit in one period. */
export interface Unit {
  name: string;
  /** The period as written, or '' when the table has no period column. */
  period: string;
  employee: number;
  customer: number;
  respondents?: number;
  revenue?: number;
  line: number;
}

/** Why the units cannot be analysed; lines are the table's, header = 1. */
export type UnitProblem =
  | { code: 'missingColumn'; role: Role }
  | { code: 'notNumber'; role: Role; lines: number[]; count: number }
  | { code: 'missingValue'; role: Role; lines: number[]; count: number }
  | { code: 'duplicate'; name: string; lines: number[] }
  | { code: 'tooFew'; units: number }
  | { code: 'constant'; role: 'employee' | 'customer' };

const NUMERIC = ['employee', 'customer', 'respondents', 'revenue'] as const;

/** The fewest units a correlation can be computed on. */
const FEWEST = 3;

/**
 * Reads the units from the table with the chosen columns, or lists every problem at once (a
 * reader fixes them in one pass): a required column not chosen, cells that are not numbers or
 * are missing (by line, the first ten), a unit named twice in one period, fewer than 3 units in
 * a period, an employee or customer column that never varies.
 */
export function readUnits(table: Table, columns: Columns): Unit[] | UnitProblem[] {
  const problems: UnitProblem[] = [];
  for (const role of ['unit', 'employee', 'customer'] as const)
    if (columns[role] === null) problems.push({ code: 'missingColumn', role });
  if (problems.length) return problems;
  const cell = (cells: string[], role: Role) => {
    const i = columns[role];
    return i === null ? '' : (cells[i] ?? '');
  };
  const values = new Map<string, (number | undefined)[]>();
  for (const role of NUMERIC) {
    if (columns[role] === null) continue;
    const cells = table.rows.map((r) => cell(r.cells, role));
    const decimal = decimalOf(cells, table.delimiter);
    const read = cells.map((c) => readNumber(c, decimal));
    const bad = table.rows.filter((_, i) => read[i] === null).map((r) => r.line);
    if (bad.length)
      problems.push({ code: 'notNumber', role, lines: bad.slice(0, 10), count: bad.length });
    const required = role === 'employee' || role === 'customer';
    const missing = table.rows.filter((_, i) => read[i] === undefined).map((r) => r.line);
    if (required && missing.length)
      problems.push({
        code: 'missingValue',
        role,
        lines: missing.slice(0, 10),
        count: missing.length,
      });
    values.set(
      role,
      read.map((v) => v ?? undefined),
    );
  }
  const unnamed = table.rows.filter((r) => cell(r.cells, 'unit') === '').map((r) => r.line);
  if (unnamed.length)
    problems.push({
      code: 'missingValue',
      role: 'unit',
      lines: unnamed.slice(0, 10),
      count: unnamed.length,
    });
  const units: Unit[] = table.rows.map((row, i) => {
    const unit: Unit = {
      name: cell(row.cells, 'unit'),
      period: cell(row.cells, 'period'),
      employee: values.get('employee')![i]!,
      customer: values.get('customer')![i]!,
      line: row.line,
    };
    const respondents = values.get('respondents')?.[i];
    const revenue = values.get('revenue')?.[i];
    if (respondents !== undefined) unit.respondents = respondents;
    if (revenue !== undefined) unit.revenue = revenue;
    return unit;
  });
  // A unit named twice in one period (case aside), reported under its first spelling.
  const names = new Map<string, { name: string; lines: number[] }>();
  for (const u of units) {
    const key = `${u.period}\u0000${u.name.toLocaleLowerCase()}`;
    const seen = names.get(key);
    if (seen) seen.lines.push(u.line);
    else names.set(key, { name: u.name, lines: [u.line] });
  }
  for (const { name, lines } of names.values())
    if (lines.length > 1) problems.push({ code: 'duplicate', name, lines });
  const perPeriod = new Map<string, number>();
  for (const u of units) perPeriod.set(u.period, (perPeriod.get(u.period) ?? 0) + 1);
  let smallest = units.length ? Infinity : 0;
  for (const count of perPeriod.values()) smallest = Math.min(smallest, count);
  if (smallest < FEWEST) problems.push({ code: 'tooFew', units: smallest });
  if (!problems.length)
    for (const role of ['employee', 'customer'] as const)
      if (new Set(units.map((u) => u[role])).size === 1) problems.push({ code: 'constant', role });
  return problems.length ? problems : units;
}
