import { typeset } from '../text/typography';
import { en } from './en';
import { fr } from './fr';
import type { Lang } from './lang';

/** A key of the interface strings, shared by both languages. */
export type UiKey = keyof typeof fr;

const DICTIONARIES: Record<Lang, Record<UiKey, string>> = {
  fr: Object.fromEntries(
    Object.entries(fr).map(([key, text]) => [key, typeset(text, 'fr')]),
  ) as Record<UiKey, string>,
  en,
};

/** Fills `{name}` placeholders; a value missing from `values` is left visible so it gets noticed. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The interface strings of one language as a lookup function, French ones already typeset:
 * `ui('fr')('article.reading', { minutes: 6 })` → `6 min de lecture`.
 */
export function ui(lang: Lang) {
  const dictionary = DICTIONARIES[lang];
  return (key: UiKey, values?: Record<string, string | number>) => fill(dictionary[key], values);
}
