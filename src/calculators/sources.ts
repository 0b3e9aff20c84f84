import { SCENARIOS, type AnyDeclaration } from './model.ts';

/**
 * The source ids a calculator's assumptions rest on, once each, in table order (inputs, then
 * coefficients low → central → high), for its assumptions table and its tool page's sources.
 * Example: inputs citing `['a']` and `[]`, a coefficient citing `['b', 'a']` → `['a', 'b']`.
 */
export function declarationSourceIds(declaration: AnyDeclaration): string[] {
  return [
    ...new Set([
      ...declaration.inputs.flatMap((i) => i.sources),
      ...declaration.coefficients.flatMap((c) => SCENARIOS.flatMap((s) => c.values[s].sources)),
    ]),
  ];
}
