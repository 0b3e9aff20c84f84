import { climate } from '../../calculators/climate.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The climate calculator as its own island, so its page bundles only this declaration. */
export default function ServiceClimate(props: CalculatorProps) {
  return <Calculator declaration={climate} {...props} />;
}
