import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextActive } from '../../src/search/listbox.ts';

describe('nextActive', () => {
  it('starts at either end from the text field and wraps around', () => {
    expect(nextActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(nextActive(2, 3, 'ArrowDown')).toBe(0);
    expect(nextActive(0, 3, 'ArrowUp')).toBe(2);
    expect(nextActive(1, 3, 'ArrowDown')).toBe(2);
  });

  it('activates nothing in an empty list', () => {
    expect(nextActive(-1, 0, 'ArrowDown')).toBe(-1);
    expect(nextActive(4, 0, 'ArrowUp')).toBe(-1);
  });

  it('always lands on an option, and down then up comes back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -1, max: 60 }),
        (count, from) => {
          const down = nextActive(from, count, 'ArrowDown');
          expect(down).toBeGreaterThanOrEqual(0);
          expect(down).toBeLessThan(count);
          if (from >= 0 && from < count) expect(nextActive(down, count, 'ArrowUp')).toBe(from);
        },
      ),
    );
  });
});
