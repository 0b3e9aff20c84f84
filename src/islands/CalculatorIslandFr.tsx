import type { ComponentProps } from 'preact';
import type { AnyDeclaration } from '../calculators/model.ts';
import { frCalc } from '../i18n/fr-calc.ts';
import { translator, typesetStrings } from '../i18n/translate.ts';
import CalculatorIsland, { loadDeclarations } from './CalculatorIsland.tsx';
import { Words } from './lib/words.ts';

const words = translator(typesetStrings(frCalc, 'fr'));
// Each declaration with its French strings only (src/integrations/declaration-typography.ts).
const declarations = await loadDeclarations(
  import.meta.glob<AnyDeclaration>('../calculators/declarations/*.ts', {
    query: '?lang=fr',
    import: 'default',
  }),
);

/** The calculator island of French pages: its strings, and no others, come with it. */
export default function CalculatorIslandFr(
  props: Omit<ComponentProps<typeof CalculatorIsland>, 'declarations'>,
) {
  return (
    <Words.Provider value={words}>
      <CalculatorIsland declarations={declarations} {...props} />
    </Words.Provider>
  );
}
