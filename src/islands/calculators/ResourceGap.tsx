import { resources } from '../../calculators/resources';
import Calculator, { type CalculatorProps } from '../Calculator';

/** The resources calculator as its own island, so its page bundles only this declaration. */
export default function ResourceGap(props: CalculatorProps) {
  return <Calculator declaration={resources} {...props} />;
}
