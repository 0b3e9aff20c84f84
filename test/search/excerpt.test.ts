import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excerptSegments } from '../../src/search/excerpt.ts';

describe('excerptSegments', () => {
  it('splits marked matches from the text around them', () => {
    expect(excerptSegments('la <mark>fidélisation</mark> des <mark>clients</mark>.')).toEqual([
      { text: 'la ', mark: false },
      { text: 'fidélisation', mark: true },
      { text: ' des ', mark: false },
      { text: 'clients', mark: true },
      { text: '.', mark: false },
    ]);
  });

  it('decodes character references and keeps other markup as visible text', () => {
    expect(excerptSegments('R&amp;D &lt;b&gt; l&#39;équipe &#x27;ok&#x27; &bogus;')).toEqual([
      { text: "R&D <b> l'équipe 'ok' &bogus;", mark: false },
    ]);
    expect(excerptSegments('<img src=x onerror=alert(1)>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
    ]);
  });

  it('leaves the punctuation around a matched word unmarked', () => {
    expect(
      excerptSegments('les <mark>équipes.</mark> Des <mark>«\u00a0clients\u00a0»</mark>'),
    ).toEqual([
      { text: 'les ', mark: false },
      { text: 'équipes', mark: true },
      { text: '. Des «\u00a0', mark: false },
      { text: 'clients', mark: true },
      { text: '\u00a0»', mark: false },
    ]);
  });

  it('merges neighbouring matches and drops empty runs', () => {
    expect(excerptSegments('<mark>a</mark><mark>b</mark><mark></mark>')).toEqual([
      { text: 'ab', mark: true },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('keeps every character of a text without references, in order', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.string().filter((s) => !/[<&]/.test(s)),
            fc.boolean(),
          ),
        ),
        (runs) => {
          const html = runs.map(([text, mark]) => (mark ? `<mark>${text}</mark>` : text)).join('');
          const segments = excerptSegments(html);
          expect(segments.map((s) => s.text).join('')).toBe(runs.map(([text]) => text).join(''));
          expect(segments.every((s) => s.text !== '')).toBe(true);
          segments.slice(1).forEach((s, i) => expect(s.mark).not.toBe(segments[i]?.mark));
        },
      ),
    );
  });
});
