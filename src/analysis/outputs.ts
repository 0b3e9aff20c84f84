/**
 * The tool's results as named numbers, the same names on the page (`<output name="r">`), in the
 * CSV and in tests, written the same way in both languages.
 */
import { formatUrlNumber } from '../calculators/numbers.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Analysis } from './analysis.ts';
import type { Estimate } from './stats.ts';

/** Every result the page exposes as an `<output>`, with `data-value` in plain decimal. */
export const OUTPUTS = [
  'units',
  'r',
  'rLow',
  'rHigh',
  'slope',
  'slopeLow',
  'slopeHigh',
  'elasticity',
  'elasticityLow',
  'elasticityHigh',
] as const;

/** One of `OUTPUTS`. */
export type OutputName = (typeof OUTPUTS)[number];

const triple = (name: 'r' | 'slope' | 'elasticity', e: Estimate | null | undefined) => ({
  [name]: e?.value ?? null,
  [`${name}Low`]: e?.low ?? null,
  [`${name}High`]: e?.high ?? null,
});

/**
 * Each output's value, null when undefined (no analysis, too few units, no second period).
 * Example: the sample's 2026 → units 24, r ≈ 0.5217, rLow ≈ 0.1498.
 */
export function outputValues(a: Analysis | null): Record<OutputName, number | null> {
  return {
    units: a?.units ?? null,
    ...triple('r', a?.r),
    ...triple('slope', a?.slope),
    ...triple('elasticity', a?.lagged?.elasticity),
  } as Record<OutputName, number | null>;
}

/** A result for `data-value`: plain decimal with a point, never an exponent; '' when undefined. */
export function plainDecimal(x: number | null): string {
  return x === null ? '' : formatUrlNumber(x);
}

const LABELS: Record<
  'units' | 'r' | 'slope' | 'elasticity' | 'forward' | 'backward',
  Record<Lang, string>
> = {
  units: { fr: 'Unités analysées', en: 'Units analysed' },
  r: { fr: 'Corrélation r', en: 'Correlation r' },
  slope: {
    fr: 'Pente (points client par point salarié)',
    en: 'Slope (customer points per employee point)',
  },
  elasticity: {
    fr: 'Élasticité du chiffre d’affaires au score des salariés',
    en: 'Revenue elasticity to employee score',
  },
  forward: { fr: 'Salariés → clients (décalé)', en: 'Employees → customers (lagged)' },
  backward: { fr: 'Clients → salariés (décalé)', en: 'Customers → employees (lagged)' },
};

/** Quotes a CSV cell when it holds the separator, a quote or a line break (RFC 4180). */
function cell(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/**
 * The results as CSV for a meeting: a title, the page, the period, then one row per estimate
 * (label, value, low and high of the 95 % interval, units) and the units set apart. French files
 * use `;` and decimal commas, English ones `,` and points; both start with a BOM for Excel.
 * No unit's scores are written: only what was derived from them.
 */
export function resultsCsv(a: Analysis, lang: Lang, title: string, url: string): string {
  const fr = lang === 'fr';
  const sep = fr ? ';' : ',';
  const num = (x: number | null | undefined) => {
    const text = x == null ? '' : formatUrlNumber(x);
    return fr ? text.replace('.', ',') : text;
  };
  const row = (label: string, e: Estimate | null | undefined, units: number) => [
    label,
    num(e?.value),
    num(e?.low),
    num(e?.high),
    String(units),
  ];
  const lag = a.lagged;
  const rows: string[][] = [
    [title],
    [url],
    [fr ? 'Période analysée' : 'Period analysed', a.period],
    [
      fr ? 'mesure' : 'measure',
      fr ? 'valeur' : 'value',
      fr ? 'bas (IC 95 %)' : 'low (95% CI)',
      fr ? 'haut (IC 95 %)' : 'high (95% CI)',
      fr ? 'unités' : 'units',
    ],
    row(LABELS.r[lang], a.r, a.units),
    row(LABELS.slope[lang], a.slope, a.units),
  ];
  if (lag) {
    const span = ` ${lag.from} → ${lag.to}`;
    rows.push(
      row(LABELS.forward[lang] + span, lag.employeeToCustomer, lag.units),
      row(LABELS.backward[lang] + span, lag.customerToEmployee, lag.units),
      row(LABELS.elasticity[lang] + span, lag.elasticity, lag.elasticityUnits),
    );
  }
  rows.push(
    [fr ? 'Unités à part' : 'Units set apart', a.outlying.join(', ')],
    [
      fr ? 'Unités de moins de 5 répondants' : 'Units with fewer than 5 respondents',
      a.thin.join(', '),
    ],
  );
  return `\uFEFF${rows.map((r) => r.map((c) => cell(c, sep)).join(sep)).join('\r\n')}\r\n`;
}
