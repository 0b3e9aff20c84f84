/**
 * The evidence model. A figure's trust has three separate parts, shown together but never
 * merged into one grade: what kind of source it comes from (a property of the source record),
 * how far we checked the figure (a property of the citation, capped by what the source record
 * says we have seen), and whether the number is our own derivation rather than a source's.
 */
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';

/** Kinds of source, from the most to the least independent evidence. */
export const KINDS = [
  'meta-analysis',
  'study',
  'thesis',
  'book',
  'practitioner',
  'vendor',
] as const;

/** What a source is: a meta-analysis, a peer-reviewed study, a vendor's report about itself… */
export type Kind = (typeof KINDS)[number];

/** How a figure was verified, strongest first. */
export const CHECKS = ['primary', 'secondary', 'untraced'] as const;

/**
 * How a figure was verified: in the source's own text or abstract (`primary`), only through a
 * named secondary source (`secondary`), or not traced to any text we saw (`untraced`).
 */
export type Check = (typeof CHECKS)[number];

/** A source as an assumptions table shows it: its label, kind and the check its row may claim. */
export interface Cited {
  id: string;
  label: string;
  kind: Kind;
  check: Check;
  via: string | undefined;
}

/**
 * Whether a citation may claim `check` for a source whose record allows at most `ceiling`:
 * a citation can say less than the record, never more.
 * Example: `allowedCheck('secondary', 'primary')` → `false`; `allowedCheck('primary', 'untraced')` → `true`.
 */
export function allowedCheck(ceiling: Check, check: Check): boolean {
  return CHECKS.indexOf(check) >= CHECKS.indexOf(ceiling);
}

/**
 * The words of the evidence badge, the same wherever it shows (citations, assumption tables,
 * sources page, search results): `short` is what the badge reads, `long` what a screen reader
 * hears. Example: `evidenceWords('study', 'primary', 'en').short` → `'Study · checked'`.
 */
export function evidenceWords(
  kind: Kind,
  check: Check,
  lang: Lang,
  via = '',
): { short: string; long: string } {
  const t = ui(lang);
  return {
    short: `${t(`evidence.kind.${kind}`)} · ${t(`evidence.check.${check}`)}`,
    long: t('evidence.label', {
      kind: t(`evidence.kindLong.${kind}`),
      check: t(`evidence.checkLong.${check}`, { via }),
    }),
  };
}
