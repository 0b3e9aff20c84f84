import { retention } from '../../calculators/retention.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The retention calculator as its own island, so its page bundles only this declaration. */
export default function RetentionValue(props: CalculatorProps) {
  return <Calculator declaration={retention} {...props} />;
}
