import type { Unit } from '../calculators/unit.ts';

/**
 * A chart as data: calculators describe what to draw, the geometry modules turn it into
 * coordinates and the island draws SVG. The same description feeds the "see the data" table,
 * so the picture and the table cannot disagree.
 */
export type Chart = RangeChart | LineChart | BarChart | ChainChart;

interface ChartBase {
  /** Unique within a calculator; used for element ids. */
  id: string;
  title: string;
  /** One sentence saying what the chart shows, for its accessible name and caption. */
  summary: string;
}

/** One row of a range chart: a band from `low` to `high` with the `central` value marked. */
export interface RangeRow {
  label: string;
  low?: number | null;
  central?: number | null;
  high?: number | null;
}

/** Horizontal bands on one axis: the low-central-high result, a tornado, a comparison. */
export interface RangeChart extends ChartBase {
  kind: 'range';
  unit: Unit;
  rows: RangeRow[];
  /** A vertical reference line (for example the central result in a tornado). */
  reference?: { value: number; label: string };
}

/** A series of (x, y) points; `null` y leaves a gap. */
export interface Series {
  name: string;
  points: ReadonlyArray<readonly [number, number | null]>;
  dashed?: boolean;
}

/** A labelled point on a line chart (the chosen target, a break-even month). */
export interface Mark {
  x: number;
  y: number;
  label: string;
}

/** Lines over a numeric x axis, optionally with the area between the first two series shaded. */
export interface LineChart extends ChartBase {
  kind: 'line';
  x: { label: string; unit: Unit };
  /** `fit` spans the data instead of starting at zero, so a small gap between lines shows. */
  y: { label: string; unit: Unit; fit?: boolean };
  series: Series[];
  shadeBetween?: boolean;
  marks: Mark[];
}

/** A part of a bar; `hatch` draws it hatched so it stands out without colour. */
export interface BarSegment {
  name: string;
  value: number;
  hatch?: boolean;
}

/** Horizontal bars of stacked segments on one shared scale (a mix in % makes 100 % bars). */
export interface BarChart extends ChartBase {
  kind: 'bars';
  unit: Unit;
  bars: { label: string; segments: BarSegment[] }[];
}

/** A chain of links (employees → customers → growth), each with its change. */
export interface ChainChart extends ChartBase {
  kind: 'chain';
  steps: { label: string; value: number; unit: Unit }[];
}
