import { describe, expect, it } from 'vitest';
import { citedIds, componentsIn, elements, parseMdx } from '../../src/articles/mdx.ts';

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

describe('componentsIn', () => {
  it('finds the citations and calculators of a body, and reads a body once however often asked', () => {
    const body = 'A <Cite id="a" />.\n\n<Calculator id="x" revenue={2_000} />\n';
    const found = componentsIn(body);
    expect(found.cites.map((c) => c.id)).toEqual(['a']);
    expect(found.calculators.map((c) => [c.name, c.props])).toEqual([
      ['Calculator', { id: 'x', revenue: { expression: '2_000' } }],
    ]);
    // The same object: the second page that asks does not parse the body again.
    expect(componentsIn(body)).toBe(found);
    expect(componentsIn(`${body} `)).not.toBe(found);
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
