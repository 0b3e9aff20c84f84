import { typeset } from '../text/typography.ts';
import { fill } from './fill.ts';
import { en, enPages } from './en.ts';
import { fr, frPages } from './fr.ts';
import type { Lang } from './lang.ts';

/** A key of the interface strings, shared by both languages. */
export type UiKey = keyof typeof fr | keyof typeof frPages;

/**
 * Whether this copy of the module runs on the server. Vite writes `import.meta.env.SSR` as a
 * constant into its bundles, so the browser's bundles drop the page-only strings (`frPages`,
 * `enPages`) as dead code; run by Node without Vite, `import.meta.env` does not exist and every
 * string is there.
 */
const SERVER = !import.meta.env || import.meta.env.SSR;

const typesetFr = (strings: Record<string, string>) =>
  Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, typeset(text, 'fr')]));

const DICTIONARIES = {
  fr: { ...typesetFr(fr), ...(SERVER ? typesetFr(frPages) : {}) },
  en: { ...en, ...(SERVER ? enPages : {}) },
} as Record<Lang, Record<UiKey, string | undefined>>;

/**
 * The interface strings of one language as a lookup function, French ones already typeset:
 * `ui('fr')('article.reading', { minutes: 6 })` → `6 min de lecture`.
 */
export function ui(lang: Lang) {
  const dictionary = DICTIONARIES[lang];
  // A page-only key asked for in the browser shows as itself rather than failing.
  return (key: UiKey, values?: Record<string, string | number>) =>
    fill(dictionary[key] ?? key, values);
}
