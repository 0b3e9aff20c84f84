import type { Bilingual, Input } from './model.ts';

/**
 * The annual revenue input several calculators share (same name, bounds and slider), so a change
 * to its range happens once; only the help text says which revenue each one means.
 */
export function revenueInput(help: Bilingual): Input<'revenue'> {
  return {
    name: 'revenue',
    unit: 'money',
    default: 10_000_000,
    min: 0,
    max: 1e13,
    minExclusive: true,
    step: 100_000,
    slider: { min: 100_000, max: 100_000_000 },
    label: { fr: 'Chiffre d’affaires annuel', en: 'Annual revenue' },
    help,
    sources: [],
  };
}
