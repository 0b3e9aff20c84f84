/**
 * The bench's results: every measurement is a `Figure` with its goal, printed as one table and
 * written as JSON, so a run can be read by a person and compared by a script.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** How a figure compares with its goal: `<=` means "at most", `>=` "at least". */
export interface Goal {
  op: '<=' | '>=' | '=';
  target: number;
}

/** One measured figure. */
export interface Figure {
  /** The part of the bench: "Lighthouse", "Bytes", "Calculators", "Search", "Build". */
  section: string;
  /** What was measured, e.g. "home · mobile · LCP". */
  name: string;
  value: number;
  /** How `value` is expressed: ms, s, KB (1,024 bytes), MB, ×, score, pages/s, count. */
  unit: string;
  goal?: Goal;
  /** Runs pooled into `value` (a median or a percentile), when more than one. */
  runs?: number;
  note?: string;
}

/** Whether a figure meets its goal; `undefined` when it has none (reported for information). */
function passes(figure: Figure): boolean | undefined {
  const goal = figure.goal;
  if (!goal) return undefined;
  if (!Number.isFinite(figure.value)) return false;
  if (goal.op === '<=') return figure.value <= goal.target;
  if (goal.op === '>=') return figure.value >= goal.target;
  return figure.value === goal.target;
}

/** The middle value of `values` (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const DIGITS: Record<string, number> = {
  ms: 0,
  s: 2,
  KB: 1,
  MB: 0,
  '×': 2,
  score: 0,
  count: 0,
  'req/s': 0,
};

/** A value with its unit, rounded for reading: `1.25 s`, `12.3 KB`, `100`. */
function show(value: number, unit: string): string {
  if (!Number.isFinite(value)) return 'n/a';
  const text = value.toLocaleString('en-GB', {
    maximumFractionDigits: DIGITS[unit] ?? 2,
    minimumFractionDigits: DIGITS[unit] ?? 0,
  });
  if (unit === 'score' || unit === 'count' || unit === '') return text;
  return unit === '×' ? `${text}×` : `${text} ${unit}`;
}

/** The goal in words: `≤ 20.0 KB`. */
function showGoal(figure: Figure): string {
  if (!figure.goal) return '';
  const op = { '<=': '≤', '>=': '≥', '=': '=' }[figure.goal.op];
  return `${op} ${show(figure.goal.target, figure.unit)}`;
}

/** The table: one block per section, each figure beside its goal and ✓ or ✗. */
export function table(figures: Figure[]): string {
  const lines: string[] = [];
  const width = Math.max(20, ...figures.map((f) => f.name.length)) + 2;
  for (const section of [...new Set(figures.map((f) => f.section))]) {
    lines.push('', section);
    for (const f of figures.filter((x) => x.section === section)) {
      const pass = passes(f);
      const mark = pass === undefined ? ' ' : pass ? '✓' : '✗';
      lines.push(
        `  ${mark} ${f.name.padEnd(width)}${show(f.value, f.unit).padStart(12)}  ${showGoal(f).padEnd(14)}${f.note ? `  ${f.note}` : ''}`,
      );
    }
  }
  const judged = figures.filter((f) => passes(f) !== undefined);
  const missed = judged.filter((f) => passes(f) === false);
  lines.push(
    '',
    `${judged.length - missed.length} of ${judged.length} goals met${missed.length ? `; missed: ${missed.map((f) => `${f.section} · ${f.name}`).join('; ')}` : ''}`,
  );
  return lines.join('\n');
}

/** Writes the figures (with their verdicts) and the run's context as JSON. */
export function writeJson(file: string, figures: Figure[], context: Record<string, unknown>): void {
  mkdirSync(dirname(file), { recursive: true });
  const rows = figures.map((f) => ({ ...f, pass: passes(f) }));
  writeFileSync(file, `${JSON.stringify({ ...context, figures: rows }, null, 2)}\n`);
}

/** One progress line on stderr, so the table on stdout stays clean. */
export function progress(message: string): void {
  process.stderr.write(`… ${message}\n`);
}
