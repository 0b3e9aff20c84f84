import { describe, expect, it } from 'vitest';
import { citedSources } from '../../src/articles/citations';

describe('citedSources', () => {
  it('lists cited ids in order of first citation, once each', () => {
    expect(
      citedSources('<Cite id="b" /> x <Cite grade="high" id="a" /> <Cite id="b" grade="low"/>'),
    ).toEqual(['b', 'a']);
  });

  it('ignores other components and plain text', () => {
    expect(citedSources('<Callout id="x">Cite id="y"</Callout> <Citation id="z" />')).toEqual([]);
  });
});
