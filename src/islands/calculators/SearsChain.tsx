import { sears } from '../../calculators/sears';
import Calculator, { type CalculatorProps } from '../Calculator';

/** The sears calculator as its own island, so its page bundles only this declaration. */
export default function SearsChain(props: CalculatorProps) {
  return <Calculator declaration={sears} {...props} />;
}
