import type { AnyDeclaration } from './model.ts';
import { checkDeclaration } from './schema.ts';

/**
 * Every module of `declarations/`, read at build: adding a calculator is adding its file there.
 * Only the build and the tests load this; a page's island loads its own declaration alone
 * (src/islands/CalculatorIsland.tsx).
 */
const modules = import.meta.glob<AnyDeclaration>('./declarations/*.ts', {
  eager: true,
  import: 'default',
});

/** The calculators, each checked (`checkDeclaration`), in the order the tool index lists them. */
export const CALCULATORS: readonly AnyDeclaration[] = Object.entries(modules)
  .map(([file, declaration]) =>
    checkDeclaration(`src/calculators/${file.replace(/^\.\//, '')}`, declaration),
  )
  .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/** The ids an author may write in `<Calculator id="…" />`. */
const CALCULATOR_IDS = CALCULATORS.map((c) => c.id);

/** The calculator of an id, or an error that lists the valid ids (a typo fails the build). */
export function calculatorById(id: string): AnyDeclaration {
  const found = CALCULATORS.find((c) => c.id === id);
  if (!found)
    throw new Error(`unknown calculator id "${id}"; use one of ${CALCULATOR_IDS.join(', ')}`);
  return found;
}
