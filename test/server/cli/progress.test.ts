import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressBar } from '../../../src/server/cli/progress.ts';

describe('progress bar', () => {
  it('fills in proportion and never overflows', () => {
    expect(progressBar(0, 10, 10)).toBe('[░░░░░░░░░░]   0 % 0/10');
    expect(progressBar(6, 10, 10)).toBe('[██████░░░░]  60 % 6/10');
    expect(progressBar(0, 0, 4)).toBe('[████] 100 % 0/0');
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (done, total) => {
        expect(progressBar(done, total, 20).match(/[█░]/g)).toHaveLength(20);
      }),
    );
  });
});
