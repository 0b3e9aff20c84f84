import { describe, expect, it } from 'vitest';
import { keepLanguage, typesetStrings } from '../../src/integrations/declaration-typography.ts';
import { NBSP, NNBSP } from '../../src/text/typography.ts';

/** The module after typesetting, evaluated: what the build would ship. */
function run(code: string): unknown {
  const edited = typesetStrings(code)?.toString() ?? code;
  return new Function(`${edited.replace('export default', 'return')}`)();
}

describe('typesetStrings', () => {
  it('typesets the values of fr and en properties in their language', () => {
    const value = run(
      "export default { fr: 'Quel gain ? « Oui » : 20 000 €', en: \"Revenue's gain: 20 000\" };",
    );
    expect(value).toEqual({
      fr: `Quel gain${NNBSP}? «${NBSP}Oui${NBSP}»${NBSP}: 20${NNBSP}000 €`,
      en: 'Revenue’s gain: 20 000',
    });
  });

  it('typesets the branches of a condition on the language, templates as one text', () => {
    const code = (test: string) =>
      `const range = '1 → 5'; const t = (fr, lang) => ${test} ? \`Part (\${range} %) ; ok\` : \`Share (\${range}%); ok\`;
       export default [t(true, 'fr'), t(false, 'en')];`;
    for (const test of ['fr', "lang === 'fr'", "'fr' == lang"]) {
      expect(run(code(test))).toEqual([`Part (1 → 5${NNBSP}%)${NNBSP}; ok`, 'Share (1 → 5%); ok']);
    }
    // Reversed: the first branch is the English one.
    const reversed = code("lang === 'en'").replace(
      "t(true, 'fr'), t(false, 'en')",
      "t(0, 'en'), t(0, 'fr')",
    );
    expect(run(reversed)).toEqual(['Part (1 → 5 %) ; ok', `Share (1 → 5${NNBSP}%)${NNBSP}; ok`]);
  });

  it('leaves strings outside a language alone, and the module untouched when nothing changes', () => {
    expect(run("export default { id: 'a : b', note: 'x ?' };")).toEqual({
      id: 'a : b',
      note: 'x ?',
    });
    expect(typesetStrings("export const a = { fr: 'déjà typé' };")).toBeNull();
  });

  it('keeps escapes in templates: backticks, backslashes and ${ written as text', () => {
    const value = run('export default { fr: `a \\` b \\\\ c \\${d} : e` };') as { fr: string };
    expect(value.fr).toBe(`a \` b \\ c \${d}${NBSP}: e`);
  });
});

describe('keepLanguage', () => {
  const evaluate = (code: string) =>
    new Function(`${code.replace('export default', 'return')}`)() as unknown;

  it('keeps one language, the values and branches of the other made empty', () => {
    const code = `const label = (lang) => { const fr = lang === 'fr'; return fr ? 'Effectif' : 'Headcount'; };
      const { en: shorthandKept } = { en: 1 };
      export default { title: { fr: 'Titre', en: 'Title' }, id: 'x', fr: 'clé', labels: [label('fr'), label('en')], n: shorthandKept };`;
    expect(evaluate(keepLanguage(code, 'fr'))).toEqual({
      title: { fr: 'Titre', en: '' },
      id: 'x',
      fr: 'clé',
      labels: ['Effectif', ''],
      n: '',
    });
    expect(evaluate(keepLanguage(code, 'en'))).toEqual({
      title: { fr: '', en: 'Title' },
      id: 'x',
      fr: '',
      labels: ['', 'Headcount'],
      n: 1,
    });
  });
});
