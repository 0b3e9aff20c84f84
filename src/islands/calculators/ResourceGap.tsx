import { resources } from '../../calculators/resources.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The resources calculator as its own island, so its page bundles only this declaration. */
export default function ResourceGap(props: CalculatorProps) {
  return <Calculator declaration={resources} {...props} />;
}
