import { describe, expect, it } from 'vitest';
import { sourceLink } from '../../src/articles/sources.ts';

describe('sourceLink', () => {
  it('prefers the DOI, then the URL without its scheme, else nothing', () => {
    expect(sourceLink({ doi: '10.1/x', url: 'https://a.example/b' })).toEqual({
      href: 'https://doi.org/10.1/x',
      label: 'doi:10.1/x',
    });
    expect(sourceLink({ url: 'https://a.example/b' })).toEqual({
      href: 'https://a.example/b',
      label: 'a.example/b',
    });
    expect(sourceLink({})).toBeUndefined();
  });
});
