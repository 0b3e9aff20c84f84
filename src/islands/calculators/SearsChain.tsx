import { sears } from '../../calculators/sears.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The sears calculator as its own island, so its page bundles only this declaration. */
export default function SearsChain(props: CalculatorProps) {
  return <Calculator declaration={sears} {...props} />;
}
