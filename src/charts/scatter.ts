/**
 * The scatter plot of the reader's units: one dot per unit (employee score across, customer
 * score up), the least-squares line and its 95 % confidence band.
 */
import { extent } from 'd3-array';
import { line } from '../analysis/stats.ts';
import { quantileT } from '../analysis/student.ts';
import { axis, tickCount } from './scale.ts';

/** One unit to draw. */
export interface Dot {
  name: string;
  x: number;
  y: number;
}

/** The drawable parts of a scatter plot, in pixels. */
export interface ScatterGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** In the order of the employee score, so arrow keys move left to right. */
  dots: (Dot & { cx: number; cy: number })[];
  fit: string | null;
  band: string | null;
  xTicks: { x: number; value: number }[];
  yTicks: { y: number; value: number }[];
}

/** The plot keeps one height at every width, so redrawing never shifts the layout. */
export const SCATTER_HEIGHT = 300;
const PAD = { top: 16, right: 20, bottom: 44, left: 56 };
/** Points along the band's edges. */
const STEPS = 40;

/**
 * Lays out the dots on axes fitted to the data, the line ŷ = a + b·x across the range of x and
 * its band ŷ ± t(0.975, n − 2)·s·√(1/n + (x − x̄)²/Sxx), the interval of the mean customer score
 * at each employee score. Without a line (fewer than 3 units, constant x), dots only.
 */
export function scatterGeometry(dots: readonly Dot[], width: number): ScatterGeometry {
  const plot = {
    left: PAD.left,
    right: Math.max(PAD.left + 40, width - PAD.right),
    top: PAD.top,
    bottom: SCATTER_HEIGHT - PAD.bottom,
  };
  const xs = dots.map((d) => d.x);
  const ys = dots.map((d) => d.y);
  const fit = line(xs, ys);
  const [lowX = 0, highX = 0] = extent(xs);
  const grid = Array.from({ length: STEPS + 1 }, (_, i) => lowX + ((highX - lowX) * i) / STEPS);
  const t = fit && fit.n > 2 ? quantileT(0.975, fit.n - 2) : 0;
  const edge = (x: number, sign: 1 | -1) => {
    if (!fit) return 0;
    const half = t * fit.residualSe * Math.sqrt(1 / fit.n + (x - fit.meanX) ** 2 / fit.sxx);
    return fit.intercept + fit.slope.value * x + sign * half;
  };
  const bandYs = fit ? grid.flatMap((x) => [edge(x, 1), edge(x, -1)]) : [];
  // A margin of 4 % around the data keeps the dots off the axes.
  const padded = (values: number[]) => {
    const [low = 0, high = 0] = extent(values);
    const margin = (high - low) * 0.04;
    return [low - margin, high + margin];
  };
  const x = axis(padded(xs), plot.left, plot.right, tickCount(plot.right - plot.left), true);
  const y = axis(padded([...ys, ...bandYs]), plot.bottom, plot.top, 5, true);
  const path = (points: [number, number][]) =>
    points
      .map(([px, py], i) => `${i ? 'L' : 'M'}${x.at(px).toFixed(1)},${y.at(py).toFixed(1)}`)
      .join('');
  return {
    width,
    height: SCATTER_HEIGHT,
    plot,
    dots: dots
      .map((d) => ({ ...d, cx: x.at(d.x), cy: y.at(d.y) }))
      .sort((a, b) => a.x - b.x || a.y - b.y),
    fit: fit ? path([lowX, highX].map((px) => [px, fit.intercept + fit.slope.value * px])) : null,
    band: fit
      ? `${path([...grid.map((px) => [px, edge(px, 1)] as [number, number]), ...grid.toReversed().map((px) => [px, edge(px, -1)] as [number, number])])}Z`
      : null,
    xTicks: x.ticks.map((value) => ({ x: x.at(value), value })),
    yTicks: y.ticks.map((value) => ({ y: y.at(value), value })),
  };
}
