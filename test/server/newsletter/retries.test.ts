import { describe, expect, it } from 'vitest';
import { backoff } from '../../../src/server/newsletter/outbox';
import { outagePause } from '../../../src/server/newsletter/worker';

describe('retries', () => {
  it('backs off by doubling, within bounds', () => {
    expect([1, 2, 3].map(backoff)).toEqual([15_000, 30_000, 60_000]);
    expect(backoff(30)).toBe(3_600_000);
    expect([1, 2, 5, 9].map(outagePause)).toEqual([1000, 2000, 10_000, 10_000]);
  });
});
