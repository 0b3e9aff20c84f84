import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scatterGeometry, SCATTER_HEIGHT } from '../../src/charts/scatter.ts';

const dots = fc.array(
  fc.record({
    name: fc.string(),
    x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  }),
  { minLength: 1, maxLength: 60 },
);

describe('scatter geometry', () => {
  it('keeps every dot inside the plot, ordered by x, with no NaN in any path', () => {
    fc.assert(
      fc.property(dots, fc.integer({ min: 200, max: 1600 }), (list, width) => {
        const g = scatterGeometry(list, width);
        expect(g.height).toBe(SCATTER_HEIGHT);
        expect(g.dots).toHaveLength(list.length);
        for (const d of g.dots) {
          expect(d.cx).toBeGreaterThanOrEqual(g.plot.left - 1e-6);
          expect(d.cx).toBeLessThanOrEqual(g.plot.right + 1e-6);
          expect(d.cy).toBeGreaterThanOrEqual(g.plot.top - 1e-6);
          expect(d.cy).toBeLessThanOrEqual(g.plot.bottom + 1e-6);
        }
        expect(g.dots.map((d) => d.x)).toEqual(list.map((d) => d.x).sort((a, b) => a - b));
        expect(`${g.fit ?? ''}${g.band ?? ''}`).not.toMatch(/NaN|Infinity/);
      }),
    );
  });

  it('draws the line inside its band, and no line for a vertical cloud', () => {
    const g = scatterGeometry(
      [
        { name: 'a', x: 1, y: 2 },
        { name: 'b', x: 2, y: 3 },
        { name: 'c', x: 3, y: 5 },
        { name: 'd', x: 4, y: 4 },
      ],
      600,
    );
    expect(g.fit).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(g.band).toMatch(/Z$/);
    expect(
      scatterGeometry(
        [
          { name: 'a', x: 1, y: 2 },
          { name: 'b', x: 1, y: 3 },
          { name: 'c', x: 1, y: 4 },
        ],
        600,
      ).fit,
    ).toBeNull();
  });

  it('handles 100,000 units without overflowing the stack', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => ({
      name: String(i),
      x: i % 97,
      y: i % 89,
    }));
    expect(scatterGeometry(many, 800).dots).toHaveLength(100_000);
  });
});
