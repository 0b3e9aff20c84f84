import { engagement } from '../../calculators/engagement.ts';
import Calculator, { type CalculatorProps } from '../Calculator.tsx';

/** The engagement calculator as its own island, so its page bundles only this declaration. */
export default function EngagementRoi(props: CalculatorProps) {
  return <Calculator declaration={engagement} {...props} />;
}
