import type { Chart } from './chart.ts';
import type { Unit } from '../calculators/unit.ts';

/** A data table cell: a label, or a number with the unit to format it in. */
export type Cell = string | { value: number | null; unit: Unit };

/** The numbers behind a chart as a table: the "see the data" view has exactly what is drawn. */
export interface Table {
  columns: string[];
  rows: Cell[][];
}

/**
 * The table of a chart, with column headings in the page's language.
 * Example: a range row {label: 'Gain', low: 1, central: 2, high: 3} → ['Gain', 1, 2, 3].
 */
export function chartTable(
  chart: Chart,
  headings: { low: string; central: string; high: string; value: string },
): Table {
  switch (chart.kind) {
    case 'range':
      return {
        columns: ['', headings.low, headings.central, headings.high],
        rows: chart.rows.map((r) => [
          r.label,
          { value: r.low ?? null, unit: chart.unit },
          { value: r.central ?? null, unit: chart.unit },
          { value: r.high ?? null, unit: chart.unit },
        ]),
      };
    case 'line': {
      const xs = [...new Set(chart.series.flatMap((s) => s.points.map(([x]) => x)))].sort(
        (a, b) => a - b,
      );
      return {
        columns: [chart.x.label, ...chart.series.map((s) => s.name)],
        rows: xs.map((x) => [
          { value: x, unit: chart.x.unit },
          ...chart.series.map((s) => ({
            value: s.points.find(([px]) => px === x)?.[1] ?? null,
            unit: chart.y.unit,
          })),
        ]),
      };
    }
    case 'bars': {
      const names = [...new Set(chart.bars.flatMap((b) => b.segments.map((s) => s.name)))];
      return {
        columns: ['', ...names],
        rows: chart.bars.map((b) => [
          b.label,
          ...names.map((n) => ({
            value: b.segments.find((s) => s.name === n)?.value ?? null,
            unit: chart.unit,
          })),
        ]),
      };
    }
    case 'chain':
      return {
        columns: ['', headings.value],
        rows: chart.steps.map((s) => [s.label, { value: s.value, unit: s.unit }]),
      };
  }
}
