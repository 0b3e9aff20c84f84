import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptedEncodings, safeRange } from '../../../src/server/http/files.ts';

describe('safeRange', () => {
  it('passes one well-formed byte range and ignores the rest', () => {
    expect(safeRange('bytes=0-99', undefined)).toBe('bytes=0-99');
    expect(safeRange('BYTES=5-', undefined)).toBe('bytes=5-');
    expect(safeRange(' bytes=007-8 ', undefined)).toBe('bytes=7-8');
    for (const crash of ['bytes=20-10', 'bytes=0-99999999999999999999', 'bytes=1-9007199254740992'])
      expect(safeRange(crash, undefined), crash).toBeUndefined();
    for (const odd of ['bytes=-5', 'bytes=0-1,5-6', 'items=0-1', 'bytes=', 'bytes=a-b', '0-1'])
      expect(safeRange(odd, undefined), odd).toBeUndefined();
    expect(safeRange('bytes=0-99', 'W/"74-1"')).toBeUndefined();
  });

  it('never passes a position sirv cannot read: at most 2^53 − 1, start ≤ end', () => {
    const digits = fc.oneof(
      fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String),
      fc.constantFrom('', '-1', '1e3', '0x10', ' 1'),
    );
    fc.assert(
      fc.property(fc.constantFrom('bytes', 'BYTES', 'x'), digits, digits, (unit, a, b) => {
        const range = safeRange(`${unit}=${a}-${b}`, undefined);
        if (range === undefined) return;
        const [start = '', end = ''] = range.slice('bytes='.length).split('-');
        expect(Number(start)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
        if (end !== '') {
          expect(Number(end)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
          expect(Number(start)).toBeLessThanOrEqual(Number(end));
        }
        expect(safeRange(range, undefined)).toBe(range);
      }),
    );
  });
});

describe('acceptedEncodings', () => {
  it('reads the weights instead of looking for words', () => {
    expect(acceptedEncodings('gzip, deflate, br, zstd')).toBe('br, gzip');
    expect(acceptedEncodings('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(acceptedEncodings('gzip;q=0, *;q=1')).toBe('br');
    expect(acceptedEncodings('*')).toBe('br, gzip');
    expect(acceptedEncodings('*;q=0')).toBe('');
    expect(acceptedEncodings('identity')).toBe('');
    expect(acceptedEncodings('BR;Q=0.1')).toBe('br');
    expect(acceptedEncodings('br;q=abc, gzip;q=-1')).toBe('');
    expect(acceptedEncodings(undefined)).toBe('');
  });

  it('only ever names br and gzip, and never one given a zero weight', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const result = acceptedEncodings(header);
        expect(['', 'br', 'gzip', 'br, gzip']).toContain(result);
        if (/(^|,)\s*br\s*;\s*q=0(\.0*)?\s*(,|$)/i.test(header) && !/br.*br/i.test(header))
          expect(result).not.toContain('br');
      }),
    );
  });
});
