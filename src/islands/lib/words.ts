import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { frCalc } from '../../i18n/fr-calc.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A key of the calculators' strings. */
export type CalcKey = keyof typeof frCalc;

/**
 * The calculator's strings in its page's language, given by the island's entry
 * (`CalculatorIslandFr.tsx`, `CalculatorIslandEn.tsx`) to every part of it, so that its bundle
 * holds one language only.
 */
export const Words = createContext<Translate<CalcKey>>((key) => key);

/** The calculator's strings, in a component or hook under `Words`. */
export function useWords(): Translate<CalcKey> {
  return useContext(Words);
}
