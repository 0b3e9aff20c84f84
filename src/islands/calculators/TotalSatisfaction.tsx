import { satisfaction } from '../../calculators/satisfaction.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The satisfaction calculator as its own island, so its page bundles only this declaration. */
export default function TotalSatisfaction(props: CalculatorProps) {
  return <Calculator declaration={satisfaction} {...props} />;
}
