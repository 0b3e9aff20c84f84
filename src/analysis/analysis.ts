/**
 * The whole reading of the manager's units: the link in the latest period, the units that stand
 * apart from it, and, with two periods, the cross-lagged reading and the elasticity.
 */
import { crossLagged, type Lagged, type Pair } from './lagged.ts';
import { correlation, line, unitsToDetect, type Estimate } from './stats.ts';
import type { Unit } from './units.ts';

/** A unit's residual beyond this many residual standard errors names it as outlying. */
const OUTLYING = 2.5;
/** Fewer units than this and the page says the data cannot tell. */
export const TOO_FEW = 10;

/** What the tool shows. */
export interface Analysis {
  /** The period analysed ('' without a period column): the latest. */
  period: string;
  units: number;
  r: Estimate | null;
  slope: Estimate | null;
  intercept: number | null;
  /** Units whose customer score stands apart from the line, by name. */
  outlying: string[];
  /** Units with fewer than 5 respondents, when the column is there. */
  thin: string[];
  /** How many units it takes to detect r = .30 at 80 % power. */
  needed: number;
  /** Whether the data can tell: enough units and an interval for r that excludes zero. */
  conclusive: boolean;
  /** The two latest periods, when there are two. */
  lagged: (Lagged & { from: string; to: string }) | null;
}

/** Periods in order: numerically when they are all numbers (2025, 2026), else alphabetically. */
function ordered(periods: string[]): string[] {
  const numeric = periods.every((p) => p !== '' && Number.isFinite(Number(p)));
  return [...periods].sort((a, b) =>
    numeric ? Number(a) - Number(b) : a.localeCompare(b, undefined, { numeric: true }),
  );
}

/** The units present in both periods, matched by name (case aside). */
function pairs(from: Unit[], to: Unit[]): Pair[] {
  const later = new Map(to.map((u) => [u.name.toLocaleLowerCase(), u]));
  return from.flatMap((u) => {
    const v = later.get(u.name.toLocaleLowerCase());
    if (!v) return [];
    const pair: Pair = {
      name: u.name,
      employee: [u.employee, v.employee],
      customer: [u.customer, v.customer],
    };
    if (u.revenue !== undefined && v.revenue !== undefined) pair.revenue = [u.revenue, v.revenue];
    return [pair];
  });
}

/**
 * Analyses checked units (see `readUnits`): Pearson r and the slope of customer on employee
 * score in the latest period, the units whose standardised residual exceeds 2.5, those with
 * fewer than 5 respondents, and the cross-lagged reading of the two latest periods.
 */
export function analyse(units: readonly Unit[]): Analysis {
  const byPeriod = new Map<string, Unit[]>();
  for (const u of units) {
    const list = byPeriod.get(u.period);
    if (list) list.push(u);
    else byPeriod.set(u.period, [u]);
  }
  const periods = ordered([...byPeriod.keys()]);
  const period = periods.at(-1)!;
  const now = byPeriod.get(period)!;
  const xs = now.map((u) => u.employee);
  const ys = now.map((u) => u.customer);
  const r = correlation(xs, ys);
  const fit = line(xs, ys);
  const outlying =
    fit && fit.residualSe > 0
      ? now
          .filter(
            (u) =>
              Math.abs(u.customer - fit.intercept - fit.slope.value * u.employee) >
              OUTLYING * fit.residualSe,
          )
          .map((u) => u.name)
      : [];
  const thin = now
    .filter((u) => u.respondents !== undefined && u.respondents < 5)
    .map((u) => u.name);
  const conclusive =
    now.length >= TOO_FEW && r?.low != null && r.high != null && (r.low > 0 || r.high < 0);
  const [from, to] = periods.slice(-2);
  const lagged =
    periods.length >= 2
      ? { ...crossLagged(pairs(byPeriod.get(from!)!, now)), from: from!, to: to! }
      : null;
  return {
    period,
    units: now.length,
    r,
    slope: fit?.slope ?? null,
    intercept: fit?.intercept ?? null,
    outlying,
    thin,
    needed: unitsToDetect(0.3),
    conclusive,
    lagged,
  };
}
