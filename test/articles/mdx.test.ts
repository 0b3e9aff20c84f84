import { describe, expect, it } from 'vitest';
import { citedIds, elements, parseMdx } from '../../src/articles/mdx.ts';

describe('citedIds', () => {
  it('lists cited ids in order of first citation, once each', () => {
    expect(
      citedIds('<Cite id="b" /> x <Cite verified="primary" id="a" /> <Cite id="b" via="x"/>'),
    ).toEqual(['b', 'a']);
  });

  it('ignores other components, plain text, code and frontmatter', () => {
    const body = [
      '---',
      'title: <Cite id="f" />',
      '---',
      '<Callout id="x">Cite id="y"</Callout> <Citation id="z" />',
      '',
      '`<Cite id="c" />`',
      '',
      '```',
      '<Cite id="d" />',
      '```',
    ].join('\n');
    expect(citedIds(body)).toEqual([]);
  });
});

describe('elements', () => {
  it('reads quoted props as strings and expressions as their source text, with the line', () => {
    const tree = parseMdx('Intro.\n\n<Calculator id="x" revenue={2_000} open />\n');
    expect(elements(tree, 'Calculator')).toEqual([
      {
        name: 'Calculator',
        props: { id: 'x', revenue: { expression: '2_000' }, open: '' },
        line: 3,
      },
    ]);
  });

  it('finds components nested inside others and inside text', () => {
    const tree = parseMdx('<Callout>\n\nA <Cite id="a" /> b.\n\n</Callout>\n');
    expect(elements(tree, 'Cite').map((e) => e.props.id)).toEqual(['a']);
  });
});
