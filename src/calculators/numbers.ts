import { LOCALES, type Lang } from '../i18n/lang.ts';
import type { Unit } from './unit.ts';

/** A currency a reader can pick; amounts are shown in it, never converted. */
export type Currency = 'EUR' | 'USD' | 'CAD';

/** Every currency, in the order offered to the reader. */
export const CURRENCIES: readonly Currency[] = ['EUR', 'USD', 'CAD'];

/** The currency a reader sees before choosing one: euros on French pages, dollars on English ones. */
export function defaultCurrency(lang: Lang): Currency {
  return lang === 'fr' ? 'EUR' : 'USD';
}

/** Why: a currency read from a URL or storage must be checked, never cast. */
export function isCurrency(x: unknown): x is Currency {
  return CURRENCIES.includes(x as Currency);
}

/** The outcome of reading a number: a finite value, or why the text is not one. */
export type Parsed = { ok: true; value: number } | { ok: false; error: 'empty' | 'notNumber' };

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const SPACES = [' ', NBSP, NNBSP, '\u2009'];
const SIGN = '[+\\-\u2212]';
const DECORATION = '(?:CA\\$|US\\$|\\$US|\\$CA|pts|pt|%|€|\\$)';
const WRAPPED = new RegExp(
  `^(${SIGN}?)(${DECORATION}\\s*)?(${SIGN}?)(.*?)(\\s*${DECORATION})?$`,
  'u',
);

const escape = (s: string) => s.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');
type LocaleParts = { format: Intl.NumberFormat; decimal: string; group: string; minus: string };
const partsCache = new Map<string, LocaleParts>();

/** Intl's formatter, decimal mark, group separator and minus sign for `locale` (en-US if invalid). */
function localeParts(locale: string): LocaleParts {
  const cached = partsCache.get(locale);
  if (cached) return cached;
  let format = new Intl.NumberFormat('en-US');
  try {
    format = new Intl.NumberFormat(locale);
  } catch {} // an invalid tag keeps en-US, so parsing never throws
  const found = format.formatToParts(-12345.5);
  const part = (type: string) => found.find((p) => p.type === type)?.value ?? '';
  const parts = {
    format,
    decimal: part('decimal'),
    group: part('group'),
    minus: part('minusSign'),
  };
  partsCache.set(locale, parts);
  return parts;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A cached `Intl.NumberFormat`: building one costs far more than formatting with it, and a
 * slider drag formats hundreds of numbers per frame.
 */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

const plurals = new Map<string, Intl.PluralRules>();

/** A cached `Intl.PluralRules` for unit words (`1 month`, `2 months`). */
function pluralRules(locale: string): Intl.PluralRules {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    plurals.set(locale, rules);
  }
  return rules;
}

/** Reads unsigned digits with `decimal` as the decimal mark and `group` or a space between thousands. */
function readBody(body: string, decimal: string, group: string): number | undefined {
  const g = `[${escape([...SPACES, group].filter((c) => c !== decimal).join(''))}]`;
  const d = escape(decimal);
  const m = new RegExp(
    `^(?:([0-9]+|[0-9]{1,3}(${g})[0-9]{3}(?:\\2[0-9]{3})*)(?:${d}([0-9]*))?|${d}([0-9]+))$`,
  ).exec(body);
  if (!m) return undefined;
  const integer = (m[1] ?? '0').replace(/[^0-9]/g, '');
  return Number(`${integer}.${m[3] ?? m[4] ?? ''}0`);
}

/**
 * Parses what a reader typed, in the conventions of `locale` (a BCP 47 tag such as fr-FR, fr-CA,
 * en-US, en-GB). Accepts a sign, grouped thousands and one unit decoration; French also accepts
 * `.` as the decimal mark when there is no comma. English rejects `2,5` rather than read 25.
 * Example: `parseNumber('−1 234,5 €', 'fr-FR')` → `{ ok: true, value: -1234.5 }`.
 */
export function parseNumber(text: string, locale: string): Parsed {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const m = WRAPPED.exec(trimmed);
  const [, sign1 = '', before, sign2 = '', body = '', after] = m ?? [];
  if (!m || (sign1 && sign2) || (before && after)) return { ok: false, error: 'notNumber' };
  const { decimal, group } = localeParts(locale);
  let value = readBody(body, decimal, group);
  if (value === undefined && decimal === ',' && !body.includes(',')) {
    value = readBody(body, '.', group); // French readers often type 2.5
  }
  if (value === undefined || !Number.isFinite(value)) return { ok: false, error: 'notNumber' };
  const signed = /[-\u2212]/.test(sign1 + sign2) ? -value : value;
  return { ok: true, value: signed + 0 };
}

/** Parses a URL query value: `.` decimal mark only, optional leading `-`, no grouping, no exponent. */
export function parseUrlNumber(text: string): Parsed {
  if (text === '') return { ok: false, error: 'empty' };
  if (!/^-?[0-9]+(?:\.[0-9]+)?$/.test(text)) return { ok: false, error: 'notNumber' };
  const value = Number(text);
  return Number.isFinite(value)
    ? { ok: true, value: value + 0 }
    : { ok: false, error: 'notNumber' };
}

/** The shortest exact decimal digits of |x|, without exponent: 1e-7 → `0.0000001`. */
function plainDigits(x: number): { integer: string; fraction: string } {
  const s = String(Math.abs(x));
  const m = /^([0-9])(?:\.([0-9]+))?e([+-][0-9]+)$/.exec(s);
  if (!m) {
    const [integer = '0', fraction = ''] = s.split('.');
    return { integer, fraction };
  }
  const digits = (m[1] ?? '') + (m[2] ?? '');
  const point = 1 + Number(m[3]);
  if (point <= 0) return { integer: '0', fraction: '0'.repeat(-point) + digits };
  const padded = digits.padEnd(point, '0');
  return { integer: padded.slice(0, point), fraction: padded.slice(point) };
}

/**
 * Writes a number for a URL query (`.` decimal, no grouping, no exponent): the inverse of
 * parseUrlNumber, exact for every finite number. Non-finite numbers give ''. Example: 1e21 →
 * `1000000000000000000000`, -0 → `0`.
 */
export function formatUrlNumber(x: number): string {
  if (!Number.isFinite(x)) return '';
  const { integer, fraction } = plainDigits(x);
  return `${x < 0 ? '-' : ''}${integer}${fraction ? `.${fraction}` : ''}`;
}

/**
 * Writes a number at full precision in the conventions of `locale`, as shown in a text field;
 * parseNumber(formatNumber(x, l), l) === x for every finite x (Intl alone stops at 100 fraction
 * digits, so the fraction is written from the exact shortest digits). Example: -1234.5 in fr-FR →
 * `-1 234,5`.
 */
export function formatNumber(x: number, locale: string): string {
  if (!Number.isFinite(x)) return '';
  const { format, decimal, minus } = localeParts(locale);
  const { integer, fraction } = plainDigits(x);
  const grouped = format.format(BigInt(integer));
  return `${x < 0 ? minus : ''}${grouped}${fraction ? decimal + fraction : ''}`;
}

/** The locale used to format money: the page language with the currency's country, so "$175,000" in English USD. */
export function moneyLocale(lang: Lang, currency: Currency): string {
  if (lang === 'fr') return currency === 'CAD' ? 'fr-CA' : 'fr-FR';
  return { USD: 'en-US', CAD: 'en-CA', EUR: 'en-IE' }[currency];
}

/** Unit words, singular then plural, placed after a no-break space. */
const WORDS: Partial<Record<Unit, Record<Lang, [string, string]>>> = {
  pp: { fr: ['point', 'points'], en: ['point', 'points'] },
  points: { fr: ['point', 'points'], en: ['point', 'points'] },
  months: { fr: ['mois', 'mois'], en: ['month', 'months'] },
  years: { fr: ['an', 'ans'], en: ['year', 'years'] },
  days: { fr: ['jour', 'jours'], en: ['day', 'days'] },
  weeks: { fr: ['semaine', 'semaines'], en: ['week', 'weeks'] },
  hours: { fr: ['h', 'h'], en: ['h', 'h'] },
};

/** Rounding for headlines: 3 significant figures, but never fewer than the integer digits. */
const THREE_FIGURES: Intl.NumberFormatOptions = {
  maximumSignificantDigits: 3,
  maximumFractionDigits: 0,
  roundingPriority: 'morePrecision',
};

/** Formats money; from a million, headlines go compact and lose the space before the symbol. */
function formatMoney(x: number, locale: string, currency: Currency, digits?: number): string {
  const money = { signDisplay: 'negative', style: 'currency', currency } as const;
  if (digits !== undefined) {
    const fraction = { minimumFractionDigits: digits, maximumFractionDigits: digits };
    const options = { ...money, ...fraction, trailingZeroDisplay: 'stripIfInteger' } as const;
    return numberFormat(locale, options).format(x);
  }
  const notation = Math.abs(Number(x.toPrecision(3))) >= 1e6 ? 'compact' : 'standard';
  return numberFormat(locale, { ...money, maximumSignificantDigits: 3, notation })
    .format(x)
    .replace(/(?<=[A-Za-z])\u00A0(?=[€$])/u, '');
}

/**
 * A result formatted for display. Headlines round to 3 significant figures without dropping
 * integer digits (counts to integers; money from a million goes compact: `1,09 M€`, `$1.09M`);
 * tables show up to 2 fraction digits (4 for ratios), or `digits` when given. Unit words are
 * pluralised with Intl.PluralRules on the number shown. Non-finite values give `—`.
 * Example: 175000 money, fr EUR, headline → `175 000 €`; 2 years, en, headline → `2 years`.
 */
export function formatResult(
  x: number,
  unit: Unit,
  ctx: { lang: Lang; currency: Currency },
  style: 'headline' | 'table',
  digits?: number,
): string {
  const { lang, currency } = ctx;
  const headline = style === 'headline';
  if (!Number.isFinite(x)) return '—';
  if (unit === 'flag')
    return { fr: ['non', 'oui'], en: ['no', 'yes'] }[lang][x === 0 ? 0 : 1] ?? '';
  if (unit === 'money') {
    const locale = moneyLocale(lang, currency);
    return formatMoney(x, locale, currency, headline ? undefined : (digits ?? 2));
  }
  const locale = LOCALES[lang];
  const options = !headline
    ? { maximumFractionDigits: digits ?? (unit === 'ratio' ? 4 : 2) }
    : unit === 'count'
      ? { maximumFractionDigits: 0 }
      : THREE_FIGURES;
  const number = numberFormat(locale, { signDisplay: 'negative', ...options }).format(x);
  const words = WORDS[unit]?.[lang];
  if (words) {
    const shown = parseNumber(number, locale);
    const one = pluralRules(locale).select(shown.ok ? shown.value : x) === 'one';
    return `${number}${NBSP}${one ? words[0] : words[1]}`;
  }
  if (unit === 'percent') return `${number}${lang === 'fr' ? NNBSP : ''}%`;
  return unit === 'ratio' ? `${number}×` : number;
}

/** Suffixes that are not the plural unit word. */
const SUFFIXES: Partial<Record<Unit, Record<Lang, string>>> = {
  percent: { fr: '%', en: '%' },
  pp: { fr: 'pt', en: 'pt' },
  points: { fr: 'points', en: 'pts' },
  ratio: { fr: '×', en: '×' },
};

/**
 * The short unit suffix shown beside an input field: '€', '$', '%', 'pts', 'mois'/'months', …
 * ('' for count/flag). Money symbols match what formatResult prints and parseNumber accepts, so
 * US dollars are `$US` on French pages and Canadian dollars `CA$` on English ones.
 */
export function unitSuffix(unit: Unit, ctx: { lang: Lang; currency: Currency }): string {
  const { lang, currency } = ctx;
  if (unit === 'money') {
    if (currency === 'EUR') return '€';
    return lang === 'fr' ? (currency === 'USD' ? '$US' : '$') : currency === 'USD' ? '$' : 'CA$';
  }
  return SUFFIXES[unit]?.[lang] ?? WORDS[unit]?.[lang][1] ?? '';
}
