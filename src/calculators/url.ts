import type { AnyDeclaration } from './model.ts';
import {
  formatNumber,
  formatUrlNumber,
  isCurrency,
  parseUrlNumber,
  type Currency,
} from './numbers.ts';

/** A calculator's state as the reader sees it: the text of every field and the currency. */
export interface FieldState {
  texts: Record<string, string>;
  currency: Currency;
}

/**
 * Reads the scenario from a query string. An absent parameter takes the instance's default; a
 * present one is shown as typed in the page's locale when valid, and kept verbatim when not,
 * so the field shows the error instead of silently dropping what the link said.
 * Example: `?revenue=2500000.5` on a French page → revenue text `2 500 000,5`.
 */
export function readQuery(
  declaration: AnyDeclaration,
  query: string,
  defaults: Record<string, number>,
  locale: string,
  fallbackCurrency: Currency,
): FieldState {
  const params = new URLSearchParams(query);
  const texts: Record<string, string> = {};
  for (const input of declaration.inputs) {
    const raw = params.get(input.name);
    const parsed = raw === null ? null : parseUrlNumber(raw);
    const value =
      parsed === null ? (defaults[input.name] ?? input.default) : parsed.ok ? parsed.value : null;
    texts[input.name] = value === null ? (raw ?? '') : formatNumber(value, locale);
  }
  const currency = params.get('currency');
  return { texts, currency: isCurrency(currency) ? currency : fallbackCurrency };
}

/**
 * Writes the scenario into a query string, keeping unrelated parameters. Every input is written
 * (valid values with `.` decimals, invalid text verbatim), so a shared link does not depend on
 * defaults that may change later.
 * Example: revenue 2 500 000,5 typed in French → `revenue=2500000.5`.
 */
export function writeQuery(
  declaration: AnyDeclaration,
  values: Record<string, number | string>,
  currency: Currency,
  query: string,
): string {
  const params = new URLSearchParams(query);
  for (const input of declaration.inputs) {
    const value = values[input.name];
    if (value === undefined) continue;
    params.set(input.name, typeof value === 'number' ? formatUrlNumber(value) : value);
  }
  params.set('currency', currency);
  return params.toString();
}
