import type { ComponentProps } from 'preact';
import type { AnyDeclaration } from '../calculators/model.ts';
import { enCalc } from '../i18n/en-calc.ts';
import { translator, typesetStrings } from '../i18n/translate.ts';
import CalculatorIsland, { loadDeclarations } from './CalculatorIsland.tsx';
import { Words } from './lib/words.ts';

const words = translator(typesetStrings(enCalc, 'en'));
// Each declaration with its English strings only (src/integrations/declaration-typography.ts).
const declarations = await loadDeclarations(
  import.meta.glob<AnyDeclaration>('../calculators/declarations/*.ts', {
    query: '?lang=en',
    import: 'default',
  }),
);

/** The calculator island of English pages: its strings, and no others, come with it. */
export default function CalculatorIslandEn(
  props: Omit<ComponentProps<typeof CalculatorIsland>, 'declarations'>,
) {
  return (
    <Words.Provider value={words}>
      <CalculatorIsland declarations={declarations} {...props} />
    </Words.Provider>
  );
}
