import { enCalc } from './en-calc.ts';
import { en, enPages } from './en.ts';
import { frCalc } from './fr-calc.ts';
import { fr, frPages } from './fr.ts';
import type { Lang } from './lang.ts';
import { translator, typesetStrings, type Translate } from './translate.ts';

/** A key of the interface strings, shared by both languages. */
export type UiKey = keyof typeof fr | keyof typeof frCalc | keyof typeof frPages;

/**
 * Whether this copy of the module runs on the server. Vite writes `import.meta.env.SSR` as a
 * constant into its bundles, so the browser's bundles drop the page-only strings (`frPages`,
 * `enPages`) as dead code; run by Node without Vite, `import.meta.env` does not exist and every
 * string is there.
 */
const SERVER = !import.meta.env || import.meta.env.SSR;

const DICTIONARIES: Record<Lang, Partial<Record<UiKey, string>>> = {
  fr: typesetStrings({ ...fr, ...frCalc, ...(SERVER ? frPages : {}) }, 'fr'),
  en: { ...en, ...enCalc, ...(SERVER ? enPages : {}) },
};

/**
 * The interface strings of one language as a lookup function, French ones already typeset:
 * `ui('fr')('article.reading', { minutes: 6 })` → `6 min de lecture`.
 */
export function ui(lang: Lang): Translate<UiKey> {
  // A page-only key asked for in the browser shows as itself rather than failing.
  return translator(DICTIONARIES[lang]);
}
