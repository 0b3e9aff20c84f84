import { typeset } from '../text/typography.ts';
import { fill } from './fill.ts';
import type { Lang } from './lang.ts';

/** A lookup of interface strings: a key and the values of its `{placeholders}` give the text. */
export type Translate<Key extends string = string> = (
  key: Key,
  values?: Record<string, string | number>,
) => string;

/**
 * The strings of one language ready to show, French ones typeset (no-break spaces before
 * `: ; ! ?`, « guillemets »): `typesetStrings({ a: 'Note : x' }, 'fr').a` → `Note\u00a0: x`.
 */
export function typesetStrings<T extends Record<string, string>>(strings: T, lang: Lang): T {
  if (lang !== 'fr') return strings;
  return Object.fromEntries(
    Object.entries(strings).map(([key, text]) => [key, typeset(text, 'fr')]),
  ) as T;
}

/**
 * A dictionary as a lookup; a key it lacks shows as itself rather than failing:
 * `translator({ hi: 'Bonjour {name}' })('hi', { name: 'Léa' })` → `Bonjour Léa`.
 */
export function translator<Key extends string>(
  dictionary: Partial<Record<Key, string>>,
): Translate<Key> {
  return (key, values) => fill(dictionary[key] ?? key, values);
}
