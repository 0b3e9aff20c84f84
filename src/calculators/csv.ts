import type { Lang } from '../i18n/lang.ts';
import type { AnyDeclaration, Results } from './model.ts';
import { type Currency } from './numbers.ts';

/** The byte-order mark that makes spreadsheet software read the file as UTF-8. */
const BOM = '\uFEFF';

/** Quotes a cell when it holds the separator, a quote or a line break (RFC 4180). */
function cell(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator)
    ? `"${text.replaceAll('"', '""')}"`
    : text;
}

/** A number as spreadsheets of the language read it: full precision, no grouping. */
function number(x: number | null | undefined, lang: Lang): string {
  if (x == null) return '';
  const text = String(x);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * The scenario as CSV for the meeting: a title line, the link back, then one row per input and
 * per output (kind, name, label, value, unit). French files use `;` and decimal commas, English
 * files `,` and points; both start with a BOM so Excel opens accents right.
 * Example: French row `entrée;revenue;Chiffre d’affaires annuel;10000000;EUR`.
 */
export function toCsv(
  declaration: AnyDeclaration,
  scenario: {
    values: Record<string, number>;
    results: Results | null;
    currency: Currency;
    url: string;
  },
  lang: Lang,
): string {
  const separator = lang === 'fr' ? ';' : ',';
  const fr = lang === 'fr';
  const unit = (u: string) => (u === 'money' ? scenario.currency : u === 'percent' ? '%' : u);
  const rows: string[][] = [
    [declaration.title[lang]],
    [scenario.url],
    [
      fr ? 'type' : 'kind',
      fr ? 'nom' : 'name',
      fr ? 'libellé' : 'label',
      fr ? 'valeur' : 'value',
      fr ? 'unité' : 'unit',
    ],
    ...declaration.inputs.map((input) => [
      fr ? 'entrée' : 'input',
      input.name,
      input.label[lang],
      number(scenario.values[input.name], lang),
      unit(input.unit),
    ]),
    ...declaration.outputs.map((output) => [
      fr ? 'résultat' : 'output',
      output.name,
      output.label[lang],
      number(scenario.results?.[output.name], lang),
      unit(output.unit),
    ]),
  ];
  return (
    BOM +
    rows.map((row) => row.map((c) => cell(c, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}
