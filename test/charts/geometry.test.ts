import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barGeometry } from '../../src/charts/bars.ts';
import { lineGeometry, LINE_HEIGHT } from '../../src/charts/line.ts';
import { rangeGeometry } from '../../src/charts/range.ts';
import { chartTable } from '../../src/charts/table.ts';
import type { BarChart, LineChart, RangeChart } from '../../src/charts/chart.ts';

const range = (low: number, central: number, high: number): RangeChart => ({
  id: 'band',
  kind: 'range',
  unit: 'money',
  title: 't',
  summary: 's',
  rows: [{ label: 'gain', low, central, high }],
});

const headings = { low: 'Low', central: 'Central', high: 'High', value: 'Value' };

describe('chart geometry', () => {
  it('places low ≤ central ≤ high left to right inside the chart', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 200, max: 1600 }),
        (numbers, width) => {
          const [low, central, high] = numbers.sort((a, b) => a - b) as [number, number, number];
          const row = rangeGeometry(range(low, central, high), width).rows[0]!;
          expect(row.low!).toBeLessThanOrEqual(row.central! + 1e-9);
          expect(row.central!).toBeLessThanOrEqual(row.high! + 1e-9);
          expect(row.low!).toBeGreaterThanOrEqual(0);
          expect(row.high!).toBeLessThanOrEqual(width);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('includes zero on a range axis, so a gain is read from nothing', () => {
    const g = rangeGeometry(range(30_000, 175_000, 1_000_000), 640);
    expect(g.ticks[0]?.value).toBe(0);
    expect(g.zero).toBe(16);
  });

  it('stacks bar segments end to end with widths proportional to values', () => {
    const chart: BarChart = {
      id: 'b',
      kind: 'bars',
      unit: 'percent',
      title: 't',
      summary: 's',
      bars: [
        { label: 'know', segments: [{ name: 'yes', value: 95 }] },
        {
          label: 'able',
          segments: [
            { name: 'yes', value: 55 },
            { name: 'gap', value: 40, hatch: true },
          ],
        },
      ],
    };
    const g = barGeometry(chart, 640);
    const [yes, gap] = g.bars[1]!.segments;
    expect(gap!.x).toBeCloseTo(yes!.x + yes!.width, 9);
    expect(gap!.width / yes!.width).toBeCloseTo(40 / 55, 9);
    expect(g.legend).toEqual([
      { name: 'yes', tone: 0, hatch: false },
      { name: 'gap', tone: 1, hatch: true },
    ]);
  });

  it('keeps line charts one height at every width and marks inside the plot', () => {
    const chart: LineChart = {
      id: 'l',
      kind: 'line',
      title: 't',
      summary: 's',
      x: { label: 'x', unit: 'points' },
      y: { label: 'y', unit: 'money' },
      series: [
        {
          name: 'with',
          points: [
            [0, 10],
            [1, 20],
            [2, 35],
          ],
        },
        {
          name: 'without',
          points: [
            [0, 10],
            [1, 15],
            [2, 20],
          ],
        },
      ],
      shadeBetween: true,
      marks: [{ x: 1, y: 20, label: 'here' }],
    };
    for (const width of [320, 640, 1200]) {
      const g = lineGeometry(chart, width);
      expect(g.height).toBe(LINE_HEIGHT);
      expect(g.paths[0]?.d).toMatch(/^M/);
      expect(g.shade).toMatch(/^M.*Z$/);
      const mark = g.marks[0]!;
      expect(mark.x).toBeGreaterThanOrEqual(g.plot.left);
      expect(mark.x).toBeLessThanOrEqual(g.plot.right);
      expect(mark.y).toBeGreaterThanOrEqual(g.plot.top);
      expect(mark.y).toBeLessThanOrEqual(g.plot.bottom);
    }
  });

  it('gives the data table exactly the numbers drawn', () => {
    expect(chartTable(range(1, 2, 3), headings)).toEqual({
      columns: ['', 'Low', 'Central', 'High'],
      rows: [
        [
          'gain',
          { value: 1, unit: 'money' },
          { value: 2, unit: 'money' },
          { value: 3, unit: 'money' },
        ],
      ],
    });
  });
});
