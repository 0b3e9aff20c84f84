import { enCalc } from '../i18n/en-calc.ts';
import { translator, typesetStrings } from '../i18n/translate.ts';
import CalculatorIsland from './CalculatorIsland.tsx';
import { Words } from './lib/words.ts';

const words = translator(typesetStrings(enCalc, 'en'));

/** The calculator island of English pages: its strings, and no others, come with it. */
export default function CalculatorIslandEn(props: Parameters<typeof CalculatorIsland>[0]) {
  return (
    <Words.Provider value={words}>
      <CalculatorIsland {...props} />
    </Words.Provider>
  );
}
