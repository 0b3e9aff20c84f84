/**
 * From the reader's measure to the calculators: the measured elasticity opens the
 * service-climate calculator with that value, its units and its interval in the URL.
 */
import { measuredQuery } from '../calculators/measured.ts';
import type { Lang } from '../i18n/lang.ts';
import { paths } from '../i18n/routes.ts';
import type { Analysis } from './analysis.ts';

/**
 * The service-climate calculator's slugs and elasticity bounds, as its declaration states them
 * (a test holds them equal), written here so the tool's code does not carry the declaration.
 */
export const CLIMATE = {
  slug: { fr: 'climat-de-service', en: 'service-climate' },
  input: 'elasticity',
  min: 0,
  max: 3,
} as const;

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The link that opens the service-climate calculator with the measured elasticity, rounded to
 * two decimals as the calculator's field steps, or why there is none: no elasticity (one
 * period, or no revenue), no interval, or a value outside the calculator's bounds.
 * Example (sample data, French): `/outils/climat-de-service/?elasticity=0.55&measured=elasticity%3A24%3A0.32%3A0.78`.
 */
export function climateLink(
  a: Analysis,
  lang: Lang,
): { href: string } | { reason: 'none' | 'outOfRange' } {
  const e = a.lagged?.elasticity;
  if (!e || e.low === null || e.high === null || !a.lagged) return { reason: 'none' };
  const value = round2(e.value);
  if (value < CLIMATE.min || value > CLIMATE.max) return { reason: 'outOfRange' };
  const query = measuredQuery(CLIMATE.input, {
    value,
    units: a.lagged.elasticityUnits,
    low: round2(e.low),
    high: round2(e.high),
  });
  return { href: `${paths.tool(lang, CLIMATE.slug[lang])}?${query}` };
}
