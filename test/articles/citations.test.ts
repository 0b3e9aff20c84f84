import { describe, expect, it } from 'vitest';
import { citedSources, sourceLink } from '../../src/articles/citations';

describe('citedSources', () => {
  it('lists cited ids in order of first citation, once each', () => {
    expect(
      citedSources('<Cite id="b" /> x <Cite verified="primary" id="a" /> <Cite id="b" via="x"/>'),
    ).toEqual(['b', 'a']);
  });

  it('ignores other components and plain text', () => {
    expect(citedSources('<Callout id="x">Cite id="y"</Callout> <Citation id="z" />')).toEqual([]);
  });
});

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
