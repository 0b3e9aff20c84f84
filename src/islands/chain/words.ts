import { CHAIN_WORDS } from '../../i18n/chain.ts';
import type { Lang } from '../../i18n/lang.ts';
import { fill } from '../../i18n/fill.ts';
import { typeset } from '../../text/typography.ts';

/** The tool's words in `lang` as a lookup, placeholders filled and French typeset. */
export function words(lang: Lang) {
  const dictionary = CHAIN_WORDS[lang];
  return (key: keyof typeof dictionary, values?: Record<string, string | number>) =>
    typeset(fill(dictionary[key], values), lang);
}
