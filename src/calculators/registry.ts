import { climate } from './climate';
import { engagement } from './engagement';
import type { AnyDeclaration } from './model';
import { resources } from './resources';
import { retention } from './retention';
import { satisfaction } from './satisfaction';
import { sears } from './sears';

/** The six calculators, in the order the tool index lists them. */
export const CALCULATORS = [
  climate,
  satisfaction,
  sears,
  engagement,
  retention,
  resources,
] as unknown as readonly AnyDeclaration[];

/** The ids an author may write in `<Calculator id="…" />`. */
export const CALCULATOR_IDS = CALCULATORS.map((c) => c.id);

/** The calculator of an id, or an error that lists the valid ids (a typo fails the build). */
export function calculatorById(id: string): AnyDeclaration {
  const found = CALCULATORS.find((c) => c.id === id);
  if (!found)
    throw new Error(`unknown calculator id "${id}"; use one of ${CALCULATOR_IDS.join(', ')}`);
  return found;
}
