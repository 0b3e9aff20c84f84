import type { RangeChart } from './chart.ts';
import { axis, tickCount } from './scale.ts';

/** Where each row of a range chart sits: the band's ends, the central mark and the label line. */
export interface RangeGeometry {
  width: number;
  height: number;
  rows: {
    label: string;
    y: number;
    low: number | null;
    central: number | null;
    high: number | null;
  }[];
  ticks: { x: number; value: number }[];
  zero: number;
  reference: { x: number; label: string } | null;
  axisY: number;
}

/** Label line above each band, then the band; rows are this tall. */
const ROW = 56;
const PAD = { top: 8, side: 16, bottom: 28 };

/**
 * Lays out a range chart: one row per band on a shared horizontal axis that includes zero.
 * Example: a row low 30 000, central 175 000, high 1 000 000 on 640 px puts the central mark at
 * about a sixth of the width.
 */
export function rangeGeometry(chart: RangeChart, width: number): RangeGeometry {
  const values = chart.rows
    .flatMap((r) => [r.low, r.central, r.high])
    .filter((v): v is number => v != null);
  if (chart.reference) values.push(chart.reference.value);
  const x = axis(values, PAD.side, width - PAD.side, tickCount(width));
  const at = (v: number | null | undefined) => (v == null ? null : x.at(v));
  const axisY = PAD.top + chart.rows.length * ROW;
  return {
    width,
    height: axisY + PAD.bottom,
    rows: chart.rows.map((row, i) => ({
      label: row.label,
      y: PAD.top + i * ROW,
      low: at(row.low),
      central: at(row.central),
      high: at(row.high),
    })),
    ticks: x.ticks.map((value) => ({ x: x.at(value), value })),
    zero: x.at(0),
    reference: chart.reference
      ? { x: x.at(chart.reference.value), label: chart.reference.label }
      : null,
    axisY,
  };
}
