import type { AnyDeclaration } from '../calculators/model.ts';
import Calculator, { type CalculatorProps } from './Calculator.tsx';

/**
 * Every declaration as a module of its own, fetched on demand: the build makes one file per
 * calculator, and a page downloads only the ones it shows.
 */
const modules = import.meta.glob<AnyDeclaration>('../calculators/declarations/*.ts', {
  import: 'default',
});

const loaded = new Map<string, AnyDeclaration>();

async function load(id: string): Promise<void> {
  const module = modules[`../calculators/declarations/${id}.ts`];
  if (!module) throw new Error(`no calculator "${id}" in src/calculators/declarations`);
  loaded.set(id, await module());
}

// Before this module counts as loaded (and so before Astro hydrates any island of it), the
// declarations it will need: on the server all of them, in the browser those of the calculators
// the page shows (each is in the server's HTML with its id).
await Promise.all(
  (import.meta.env.SSR
    ? Object.keys(modules).map((file) => file.replace(/^.*\/|\.ts$/g, ''))
    : [
        ...new Set(
          [...document.querySelectorAll<HTMLElement>('[data-calc]')].map((el) => el.dataset.calc!),
        ),
      ]
  ).map(load),
);

/**
 * One island for every calculator: the page names it by id (a function cannot travel from the
 * server to the browser), and the declaration was loaded above.
 */
export default function CalculatorIsland({ id, ...props }: CalculatorProps & { id: string }) {
  const declaration = loaded.get(id);
  if (!declaration) throw new Error(`calculator "${id}" was not loaded before hydration`);
  return <Calculator declaration={declaration} {...props} />;
}
