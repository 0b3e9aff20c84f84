import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uncitedFigures } from '../../src/articles/figures.ts';
import { citations, parseMdx } from '../../src/articles/mdx.ts';

const figures = (mdx: string) => uncitedFigures(parseMdx(mdx)).map((f) => f.figure);

describe('uncitedFigures', () => {
  it('reports a figure whose sentence has no citation, with its line', () => {
    const found = uncitedFigures(
      parseMdx('---\ntitle: x\n---\n\nIntro.\n\nLes profits ont bondi de 85 % en un an.\n'),
    );
    expect(found).toEqual([
      { line: 7, figure: '85 %', sentence: 'Les profits ont bondi de 85 % en un an.' },
    ]);
  });

  it('accepts a figure with a <Cite> or a <Value> in the same sentence', () => {
    expect(
      figures(
        'Les profits ont bondi de 85 % <Cite id="a" />. La valeur passe à <Value calc="c" output="o" />, soit 12 % de plus.',
      ),
    ).toEqual([]);
  });

  it('judges each sentence alone: a citation in the next sentence does not cover a figure', () => {
    expect(figures('Les profits ont bondi de 85 %. Les marges ont suivi <Cite id="a" />.')).toEqual(
      ['85 %'],
    );
  });

  it('accepts figures inside <Ours> or an <Example> block, and nowhere else', () => {
    expect(
      figures('Un client reste <Ours how="1 ÷ 0,2">cinq ans à 80 % de fidélisation</Ours>.'),
    ).toEqual([]);
    expect(
      figures('<Example>\n\nUne PME de 40 personnes gagne 5 000 € par client.\n\n</Example>'),
    ).toEqual([]);
    expect(figures('<Callout type="note">\n\nSeuls 55 % ont les moyens.\n\n</Callout>')).toEqual([
      '55 %',
    ]);
  });

  it('finds each kind of figure the check promises, in both languages', () => {
    const text = [
      'Un gain de 0,5 point.',
      'Ils rachètent 6 fois plus.',
      'Trois fois plus de clients.',
      'Three times as likely.',
      'Un coût de 20 000 €.',
      'It costs $450 bn.',
      'Une corrélation de 0,33 entre les deux.',
      'We found r = .33 there.',
      'Six à 9 mois de salaire, ou 6 to 9 months of salary.',
      'Une enquête auprès de 1 012 travailleurs.',
      'Across 134 branches.',
      'Over 20,000 surveys.',
    ].join('\n\n');
    expect(figures(text)).toEqual([
      '0,5 point',
      '6 fois',
      'Trois fois plus',
      'Three times as',
      '20 000 €',
      '$450 bn',
      'corrélation de 0,33',
      'r = .33',
      '9 mois de salaire',
      '6 to 9 months of salary',
      '1 012 travailleurs',
      '134 branches',
      '20,000 surveys',
    ]);
  });

  it('ignores years, dates, durations, headings, code and attributes', () => {
    expect(
      figures(
        '## Un titre à 85 %\n\nEn 1990, pendant trois ans, le 12 mars.\n\nLe code `85 %` et <Figure caption="85 %">texte</Figure>.',
      ),
    ).toEqual([]);
  });

  it('does not end a sentence at an abbreviation or a decimal', () => {
    expect(figures('Selon Harter et al. la corrélation vaut r = .33 <Cite id="h" />.')).toEqual([]);
  });

  it('treats a table row as one record: a citation in any cell covers the row', () => {
    const table =
      '| Lien | Taille |\n| --- | --- |\n| Clients | 10 % <Cite id="g" /> |\n| Profit | 22 % |\n';
    expect(figures(table)).toEqual(['22 %']);
  });

  it('law: a cited sentence never yields a finding, whatever its figures', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 1, maxLength: 5 }),
        (ns) => {
          const sentence = ns.map((n) => `${n} %`).join(', ');
          expect(figures(`Les chiffres ${sentence} <Cite id="a" />.`)).toEqual([]);
          expect(figures(`Les chiffres ${sentence}.`)).toHaveLength(ns.length);
        },
      ),
    );
  });
});

describe('citations', () => {
  it('reads each <Cite> with its literal attributes and line', () => {
    expect(
      citations(parseMdx('Texte.\n\nUn chiffre <Cite id="a" verified="secondary" via="X" />.')),
    ).toEqual([{ id: 'a', verified: 'secondary', via: 'X', line: 3 }]);
  });
});
