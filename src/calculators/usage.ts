import { componentsIn } from '../articles/mdx.ts';
import type { AnyDeclaration } from './model.ts';

/** A calculator placed in an article, with the defaults the author overrode. */
export interface Usage {
  id: string;
  overrides: Record<string, number>;
}

/**
 * Checks the props an author gave a calculator: the id must exist and every other prop must be
 * an input name with a number the input accepts. Returns the overrides, or throws a message that
 * names the calculator and the prop.
 */
export function checkOverrides(
  declaration: AnyDeclaration,
  props: Record<string, unknown>,
): Record<string, number> {
  const overrides: Record<string, number> = {};
  for (const [name, value] of Object.entries(props)) {
    if (name === 'id') continue;
    const input = declaration.inputs.find((i) => i.name === name);
    if (!input) {
      const names = declaration.inputs.map((i) => i.name).join(', ');
      throw new Error(
        `<Calculator id="${declaration.id}">: unknown input "${name}"; use one of ${names}`,
      );
    }
    const low = input.minExclusive ? (value as number) <= input.min : (value as number) < input.min;
    if (typeof value !== 'number' || !Number.isFinite(value) || low || value > input.max) {
      throw new Error(
        `<Calculator id="${declaration.id}">: ${name}={${String(value)}} is not a number between ${input.min} and ${input.max}`,
      );
    }
    overrides[name] = value;
  }
  return overrides;
}

/**
 * Finds the calculators an MDX body places and their literal props (read from its syntax tree), so a number quoted in the
 * text (`<Value>`) is rendered from the same scenario as the calculator, wherever it stands.
 * Example: `<Calculator id="service-climate" revenue={2_000_000} />` →
 * [{ id: 'service-climate', overrides: { revenue: 2000000 } }].
 */
export function findUsages(body: string, lookup: (id: string) => AnyDeclaration): Usage[] {
  return componentsIn(body).calculators.map(({ props }) => {
    const values: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries(props)) {
      if (name === 'id') values[name] = prop;
      // A quoted number is refused: the author meant a number, and `"5"` is a string in MDX.
      else
        values[name] =
          typeof prop === 'string'
            ? Number.NaN
            : Number(prop.expression.trim().replaceAll('_', ''));
    }
    const id = typeof values.id === 'string' ? values.id : '';
    return { id, overrides: checkOverrides(lookup(id), values) };
  });
}
