import { climate } from './climate.ts';
import { engagement } from './engagement.ts';
import type { AnyDeclaration } from './model.ts';
import { resources } from './resources.ts';
import { retention } from './retention.ts';
import { satisfaction } from './satisfaction.ts';
import { sears } from './sears.ts';

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
const CALCULATOR_IDS = CALCULATORS.map((c) => c.id);

/** The calculator of an id, or an error that lists the valid ids (a typo fails the build). */
export function calculatorById(id: string): AnyDeclaration {
  const found = CALCULATORS.find((c) => c.id === id);
  if (!found)
    throw new Error(`unknown calculator id "${id}"; use one of ${CALCULATOR_IDS.join(', ')}`);
  return found;
}
