import { frCalc } from '../i18n/fr-calc.ts';
import { translator, typesetStrings } from '../i18n/translate.ts';
import CalculatorIsland from './CalculatorIsland.tsx';
import { Words } from './lib/words.ts';

const words = translator(typesetStrings(frCalc, 'fr'));

/** The calculator island of French pages: its strings, and no others, come with it. */
export default function CalculatorIslandFr(props: Parameters<typeof CalculatorIsland>[0]) {
  return (
    <Words.Provider value={words}>
      <CalculatorIsland {...props} />
    </Words.Provider>
  );
}
