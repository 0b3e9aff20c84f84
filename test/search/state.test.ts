import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isActive,
  KINDS,
  MAX_QUERY,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../../src/search/state.ts';

describe('search state in the URL', () => {
  it('reads the query and the filters, forgiving what it does not know', () => {
    expect(readSearchState('?q=%C3%A9quipe&kind=tool&tag=Leadership')).toEqual({
      q: 'équipe',
      kind: 'tool',
      tag: 'Leadership',
    });
    expect(readSearchState('?q=a+b&kind=recipe&tag=')).toEqual({ q: 'a b', kind: null, tag: null });
    expect(readSearchState('')).toEqual({ q: '', kind: null, tag: null });
    expect(readSearchState(`?q=${'x'.repeat(5000)}`).q).toHaveLength(MAX_QUERY);
  });

  it('writes only what is set', () => {
    expect(writeSearchState({ q: '', kind: null, tag: null })).toBe('');
    expect(writeSearchState({ q: 'NPS & CSAT', kind: 'term', tag: null })).toBe(
      '?q=NPS+%26+CSAT&kind=term',
    );
  });

  it('gives back any state a reader can reach', () => {
    const state = fc.record({
      q: fc.string({ maxLength: MAX_QUERY }),
      kind: fc.constantFrom(null, ...KINDS),
      tag: fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s !== '')),
    });
    fc.assert(
      fc.property(state, (s: SearchState) => {
        expect(readSearchState(writeSearchState(s))).toEqual(s);
      }),
    );
  });

  it('is active with words or with a filter, not with blanks alone', () => {
    expect(isActive({ q: '  ', kind: null, tag: null })).toBe(false);
    expect(isActive({ q: 'nps', kind: null, tag: null })).toBe(true);
    expect(isActive({ q: '', kind: 'tool', tag: null })).toBe(true);
  });
});
