import type { Lang } from '../i18n/lang.ts';

/** U+00A0, the no-break space: before `:` and inside « guillemets ». */
export const NBSP = '\u00A0';
/** U+202F, the narrow no-break space: before `; ! ?` and between thousands. */
export const NNBSP = '\u202F';

const SPACES = `[ \\t${NBSP}${NNBSP}]`;

/**
 * Typography for a run of prose text, so authors can type plain characters. In both languages a
 * straight apostrophe between letters becomes a typographic one (`d'affaires` → `d’affaires`).
 * In French also:
 * - a narrow no-break space before `; ! ?` (added when missing after a letter or digit),
 * - a no-break space before `:` (replacing a space, or added after a word when a space follows,
 *   so `10:30` and URLs stay as they are),
 * - no-break spaces inside « guillemets » (added when missing),
 * - narrow no-break spaces between groups of thousands typed with a space (`20 000` → `20 000`),
 * - a narrow no-break space between a number and `%` (`50 %` and `50%` → `50 %`).
 * The function is idempotent.
 * Example: `typeset('Pourquoi? « Oui » : 20 000 €', 'fr')` → `Pourquoi ? « Oui » : 20 000 €`.
 */
export function typeset(text: string, lang: Lang): string {
  const curled = text.replace(/(?<=[\p{L}\p{N}])'(?=\p{L})/gu, '’');
  if (lang !== 'fr') return curled;
  return curled
    .replace(new RegExp(`${SPACES}+([;!?])`, 'g'), `${NNBSP}$1`)
    .replace(/([\p{L}\p{N}»)\]])([;!?])(?=\s|$|[;!?.,)»\]])/gu, `$1${NNBSP}$2`)
    .replace(new RegExp(`${SPACES}+:`, 'g'), `${NBSP}:`)
    .replace(/(\p{L}):(?=\s)/gu, `$1${NBSP}:`)
    .replace(new RegExp(`(\\d)${SPACES}*%`, 'g'), `$1${NNBSP}%`)
    .replace(new RegExp(`«${SPACES}*`, 'g'), `«${NBSP}`)
    .replace(new RegExp(`${SPACES}*»`, 'g'), `${NBSP}»`)
    .replace(
      new RegExp(`(?<![\\d.,])(\\d{1,3})((?:${SPACES}\\d{3})+)(?![\\d])`, 'g'),
      (_, head, groups) => `${head}${(groups as string).replace(new RegExp(SPACES, 'g'), NNBSP)}`,
    );
}
