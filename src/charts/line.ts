import { area, line } from 'd3-shape';
import type { LineChart } from './chart.ts';
import { axis, tickCount } from './scale.ts';

/** The drawable parts of a line chart, in pixels. */
export interface LineGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  paths: { name: string; d: string; dashed: boolean }[];
  shade: string | null;
  marks: { x: number; y: number; label: string }[];
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
  zeroY: number;
}

/** Line charts keep one height at every width, so redrawing at the real width never shifts layout. */
export const LINE_HEIGHT = 260;
const PAD = { top: 16, right: 20, bottom: 40, left: 84 };

/**
 * Lays out lines over a numeric x axis, with y scaled to include zero, the area between the
 * first two series when `shadeBetween`, and labelled marks. Gaps (`null`) break the line.
 */
export function lineGeometry(chart: LineChart, width: number): LineGeometry {
  const plot = {
    left: PAD.left,
    right: width - PAD.right,
    top: PAD.top,
    bottom: LINE_HEIGHT - PAD.bottom,
  };
  const points = chart.series.flatMap((s) => s.points);
  const xs = points.map(([px]) => px);
  const ys = [...points.map(([, py]) => py), ...chart.marks.map((m) => m.y)].filter(
    (v): v is number => v != null,
  );
  const x = axis(xs, plot.left, plot.right, tickCount(plot.right - plot.left), true);
  const xScale = x.at;
  const y = axis(ys, plot.bottom, plot.top, 5, !!chart.y.fit);
  const defined = (p: readonly [number, number | null]) => p[1] != null && Number.isFinite(p[1]);
  const draw = line<readonly [number, number | null]>()
    .defined(defined)
    .x((p) => xScale(p[0]))
    .y((p) => y.at(p[1] ?? 0));
  const [first, second] = chart.series;
  const shade =
    chart.shadeBetween && first && second
      ? area<number>()
          .x((i) => xScale(first.points[i]?.[0] ?? 0))
          .y0((i) => y.at(second.points[i]?.[1] ?? 0))
          .y1((i) => y.at(first.points[i]?.[1] ?? 0))(first.points.map((_, i) => i))
      : null;
  return {
    width,
    height: LINE_HEIGHT,
    plot,
    paths: chart.series.map((s) => ({ name: s.name, d: draw(s.points) ?? '', dashed: !!s.dashed })),
    shade,
    marks: chart.marks.map((m) => ({ x: xScale(m.x), y: y.at(m.y), label: m.label })),
    xTicks: x.ticks.map((value) => ({ x: xScale(value), value })),
    yTicks: y.ticks.map((value) => ({ y: y.at(value), value })),
    zeroY: y.at(0),
  };
}
