import { describe, expect, it } from 'vitest';
import { hit } from '../../../src/server/newsletter/limits.ts';
import { openStore } from '../../../src/server/newsletter/store.ts';

describe('limits', () => {
  it('allows max hits a window, then says how long to wait', () => {
    const db = openStore(':memory:');
    const limit = { windowMs: 60_000, max: 3 };
    const verdicts = [0, 1, 2, 3, 4].map((i) => hit(db, [['k', limit]], 120_000 + i * 1000));
    expect(verdicts.map((v) => v.ok)).toEqual([true, true, true, false, false]);
    expect(verdicts[3]).toEqual({ ok: false, retryAfter: 57 });
    expect(hit(db, [['k', limit]], 180_000).ok).toBe(true);
    expect(hit(db, [['other', limit]], 120_000).ok).toBe(true);
  });

  it('counts nothing when any limit is full', () => {
    const db = openStore(':memory:');
    const small = { windowMs: 60_000, max: 1 };
    const big = { windowMs: 3_600_000, max: 10 };
    hit(
      db,
      [
        ['a', small],
        ['b', big],
      ],
      0,
    );
    hit(
      db,
      [
        ['a', small],
        ['b', big],
      ],
      1,
    );
    const count = db.prepare('SELECT count FROM limits WHERE key = ?').get('b') as {
      count: number;
    };
    expect(count.count).toBe(1);
  });
});
