import type { BarChart } from './chart.ts';
import { axis, tickCount } from './scale.ts';

/** One drawn segment of a bar; `tone` indexes the palette by segment name, so legends agree. */
export interface SegmentGeometry {
  name: string;
  value: number;
  x: number;
  width: number;
  tone: number;
  hatch: boolean;
}

/** Where each bar and segment of a bar chart sits. */
export interface BarGeometry {
  width: number;
  height: number;
  bars: { label: string; y: number; segments: SegmentGeometry[] }[];
  legend: { name: string; tone: number; hatch: boolean }[];
  ticks: { x: number; value: number }[];
  axisY: number;
}

/** A label line then a bar; rows are this tall, bars this thick. */
const BAR_ROW = 52;
export const BAR = 22;
const PAD = { top: 8, side: 16, bottom: 28 };

/**
 * Lays out horizontal stacked bars on one axis from zero; negative segments are not expected
 * (costs and shares are positive). Example: bars of 95 and 55 + 40 share one axis up to 100.
 */
export function barGeometry(chart: BarChart, width: number): BarGeometry {
  const names = [...new Set(chart.bars.flatMap((b) => b.segments.map((s) => s.name)))];
  const totals = chart.bars.map((b) =>
    b.segments.reduce((sum, s) => sum + Math.max(0, s.value), 0),
  );
  const x = axis(totals, PAD.side, width - PAD.side, tickCount(width));
  const axisY = PAD.top + chart.bars.length * BAR_ROW;
  return {
    width,
    height: axisY + PAD.bottom,
    bars: chart.bars.map((bar, i) => {
      let start = 0;
      const segments = bar.segments.map((s) => {
        const value = Math.max(0, s.value);
        const geometry = {
          name: s.name,
          value: s.value,
          x: x.at(start),
          width: x.at(start + value) - x.at(start),
          tone: names.indexOf(s.name),
          hatch: !!s.hatch,
        };
        start += value;
        return geometry;
      });
      return { label: bar.label, y: PAD.top + i * BAR_ROW, segments };
    }),
    legend: names.map((name, tone) => ({
      name,
      tone,
      hatch: chart.bars.some((b) => b.segments.some((s) => s.name === name && s.hatch)),
    })),
    ticks: x.ticks.map((value) => ({ x: x.at(value), value })),
    axisY,
  };
}
