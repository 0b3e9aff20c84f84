import fc from 'fast-check';
import { expect, it } from 'vitest';
import { evaluate, evaluateValues } from '../../src/calculators/check.ts';
import type { AnyDeclaration, Declaration, Input } from '../../src/calculators/model.ts';

/** Every property runs at least this many times, as the issue asks. */
export const RUNS = { numRuns: 1000 };

/** The largest value generated for an open-ended input: realistic, far from overflow. */
function upper(input: Input): number {
  return Math.min(input.max, input.slider ? input.slider.max * 10 : 1e9);
}

/** Any value the input accepts. */
function validValue(input: Input): fc.Arbitrary<number> {
  const high = upper(input);
  if (input.integer)
    return fc.integer({ min: input.min + (input.minExclusive ? 1 : 0), max: high });
  return fc
    .double({ min: input.min, max: high, noNaN: true, noDefaultInfinity: true })
    .map((x) => (input.minExclusive && x <= input.min ? input.min + (high - input.min) / 2 : x))
    .map((x) => (Object.is(x, -0) ? 0 : x));
}

/**
 * Any full set of valid inputs. `adjust` repairs generated values for cross-field rules that
 * random values rarely meet (shares summing to 100); the rest are filtered out.
 */
export function validValues<N extends string>(
  declaration: Declaration<N, string>,
  adjust: (values: Record<N, number>) => Record<N, number> = (v) => v,
): fc.Arbitrary<Record<N, number>> {
  const record = Object.fromEntries(declaration.inputs.map((i) => [i.name, validValue(i)]));
  return (fc.record(record) as unknown as fc.Arbitrary<Record<N, number>>)
    .map(adjust)
    .filter((values) => (declaration.rules ?? []).every((rule) => rule.valid(values)));
}

/** A value just outside an input's bounds, or a non-integer for an integer input. */
function invalidValue(input: Input): fc.Arbitrary<number> {
  const options = [fc.constant(input.minExclusive ? input.min : input.min - 1)];
  if (Number.isFinite(input.max)) options.push(fc.constant(input.max + 1));
  if (input.integer) options.push(fc.constant(input.min + 1.5));
  return fc.oneof(...options);
}

/** The laws every calculator obeys, registered as tests in the calling file. */
export function commonLaws<N extends string>(
  typed: Declaration<N, string>,
  adjust?: (values: Record<N, number>) => Record<N, number>,
): void {
  const declaration = typed as AnyDeclaration;
  it('outputs are finite or null for every valid input', () => {
    fc.assert(
      fc.property(validValues(typed, adjust), (values) => {
        const outcome = evaluateValues(declaration, values);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        for (const name of declaration.outputs.map((o) => o.name)) {
          const value = outcome.results[name];
          expect(value === null || Number.isFinite(value), `${name} = ${value}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('an invalid input yields a field error on that field, not results', () => {
    const inputs = fc.constantFrom(...declaration.inputs);
    fc.assert(
      fc.property(
        inputs.chain((input) => fc.tuple(fc.constant(input), invalidValue(input))),
        ([input, bad]) => {
          const parsed = Object.fromEntries(
            declaration.inputs.map((i) => [i.name, { ok: true as const, value: i.default }]),
          );
          parsed[input.name] = { ok: true, value: bad };
          const outcome = evaluate(declaration, parsed);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) expect(Object.keys(outcome.errors)).toContain(input.name);
        },
      ),
      RUNS,
    );
  });

  it('an empty or unreadable field yields a field error', () => {
    for (const input of declaration.inputs) {
      for (const error of ['empty', 'notNumber'] as const) {
        const parsed = Object.fromEntries(
          declaration.inputs.map((i) => [i.name, { ok: true as const, value: i.default }]),
        );
        const outcome = evaluate(declaration, { ...parsed, [input.name]: { ok: false, error } });
        expect(outcome.ok ? null : outcome.errors[input.name]).toEqual({ code: error });
      }
    }
  });

  it('the defaults are valid and every band reads low ≤ central ≤ high at the defaults', () => {
    const outcome = evaluateValues(declaration, {});
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    for (const band of declaration.bands) {
      const [low, central, high] = [band.low, band.central, band.high].map(
        (n) => outcome.results[n],
      );
      if (low == null || central == null || high == null) continue;
      expect(low).toBeLessThanOrEqual(central);
      expect(central).toBeLessThanOrEqual(high);
    }
  });

  it('every chart describes finite numbers', () => {
    fc.assert(
      fc.property(
        validValues(typed, adjust),
        fc.constantFrom('fr', 'en' as const),
        (values, lang) => {
          const outcome = evaluateValues(declaration, values);
          if (!outcome.ok) return;
          const numbers = JSON.stringify(declaration.charts(outcome.values, outcome.results, lang));
          expect(numbers).not.toMatch(/NaN|Infinity/);
        },
      ),
      { numRuns: 200 },
    );
  });
}

/** Asserts every output of a worked example, to the decimals the specification gives. */
export function expectExample(
  declaration: AnyDeclaration,
  inputs: Record<string, number>,
  expected: Record<string, number | null>,
): void {
  const outcome = evaluateValues(declaration, inputs);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  for (const [name, value] of Object.entries(expected)) {
    const actual = outcome.results[name];
    if (value === null) {
      expect(actual, name).toBeNull();
      continue;
    }
    const decimals = (String(value).split('.')[1] ?? '').length;
    expect(actual, name).not.toBeNull();
    expect(actual as number, name).toBeCloseTo(value, Math.max(decimals, 0));
  }
}
