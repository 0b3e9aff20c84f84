import { engagement } from '../../calculators/engagement';
import Calculator, { type CalculatorProps } from '../Calculator';

/** The engagement calculator as its own island, so its page bundles only this declaration. */
export default function EngagementRoi(props: CalculatorProps) {
  return <Calculator declaration={engagement} {...props} />;
}
