import type { Lang } from '../i18n/lang.ts';
import type { frCalc } from '../i18n/fr-calc.ts';
import type { Translate } from '../i18n/translate.ts';
import type { AnyDeclaration, Bilingual, Input, Results } from './model.ts';
import { formatNumber, type Parsed } from './numbers.ts';

/** Why a field cannot be used; the message is chosen per language by `errorMessage`. */
export type FieldError =
  | { code: 'empty' }
  | { code: 'notNumber' }
  | { code: 'integer' }
  | { code: 'range'; min: number; max: number; minExclusive: boolean }
  | { code: 'rule'; message: Bilingual };

/** The outcome of a calculation: results, or field errors and no results at all. */
export type Evaluation =
  | { ok: true; values: Record<string, number>; results: Results }
  | { ok: false; errors: Record<string, FieldError> };

/** The declared default of every input, as the page shows before the reader changes anything. */
export function defaults(declaration: AnyDeclaration): Record<string, number> {
  return Object.fromEntries(declaration.inputs.map((input) => [input.name, input.default]));
}

/** Checks one parsed value against its input's type and bounds. */
function checkInput(input: Input, parsed: Parsed): FieldError | null {
  if (!parsed.ok) return { code: parsed.error };
  const { value } = parsed;
  if (input.integer && !Number.isInteger(value)) return { code: 'integer' };
  const low = input.minExclusive ? value <= input.min : value < input.min;
  if (low || value > input.max) {
    return { code: 'range', min: input.min, max: input.max, minExclusive: !!input.minExclusive };
  }
  return null;
}

/**
 * Validates every input, then the cross-field rules, then computes. Invalid input never yields
 * a result: no NaN, no Infinity, no silently clamped value.
 */
export function evaluate(
  declaration: AnyDeclaration,
  parsed: Record<string, Parsed | undefined>,
): Evaluation {
  const errors: Record<string, FieldError> = {};
  const values: Record<string, number> = {};
  for (const input of declaration.inputs) {
    const error = checkInput(input, parsed[input.name] ?? { ok: false, error: 'empty' });
    if (error) errors[input.name] = error;
    else values[input.name] = (parsed[input.name] as { value: number }).value;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  for (const rule of declaration.rules ?? []) {
    if (!rule.valid(values) && !errors[rule.field]) {
      errors[rule.field] = { code: 'rule', message: rule.message };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const results = declaration.compute(values);
  for (const [name, value] of Object.entries(results)) {
    if (value !== null && !Number.isFinite(value)) {
      throw new Error(`${declaration.id}: ${name} is ${value} for ${JSON.stringify(values)}`);
    }
  }
  return { ok: true, values, results };
}

/** Evaluates already-numeric values (defaults, MDX overrides, tests). */
export function evaluateValues(
  declaration: AnyDeclaration,
  values: Record<string, number>,
): Evaluation {
  return evaluate(
    declaration,
    Object.fromEntries(
      declaration.inputs.map((input) => [
        input.name,
        { ok: true, value: values[input.name] ?? input.default },
      ]),
    ),
  );
}

/**
 * The message a field shows for an error, in the page's language (`t`, the calculators' strings
 * in it), bounds in its number format.
 */
export function errorMessage(
  error: FieldError,
  lang: Lang,
  locale: string,
  t: Translate<keyof typeof frCalc>,
): string {
  if (error.code === 'rule') return t('calc.error.rule', { message: error.message[lang] });
  if (error.code !== 'range') return t(`calc.error.${error.code}`);
  const min = formatNumber(error.min, locale);
  const max = formatNumber(error.max, locale);
  const key = Number.isFinite(error.max)
    ? error.minExclusive
      ? 'calc.error.aboveAtMost'
      : 'calc.error.between'
    : error.minExclusive
      ? 'calc.error.above'
      : 'calc.error.atLeast';
  return t(key, { min, max });
}
