/**
 * The money side of an engagement programme (calculator 4): Gallup's top-versus-bottom-quartile
 * gaps, the annual benefit they imply, monthly cash flows with a ramp-up, payback, net present
 * value, ROI and the sensitivity of the NPV to its most uncertain inputs.
 */
import type { Scenario } from './model.ts';

/** The inputs of the engagement calculator (its URL parameters). */
export type Name =
  | 'headcount'
  | 'salary'
  | 'turnover'
  | 'gapClosed'
  | 'replacementCost'
  | 'revenue'
  | 'contributionMargin'
  | 'absenceDays'
  | 'attribution'
  | 'programCost'
  | 'costPerEmployee'
  | 'rampMonths'
  | 'horizonMonths'
  | 'discountRate'
  | 'includeProductivity';
/** The outputs of the engagement calculator. */
export type Result =
  | 'annualBenefit'
  | 'annualBenefitLow'
  | 'annualBenefitHigh'
  | 'paybackMonth'
  | 'paybackMonthLow'
  | 'paybackMonthHigh'
  | 'npv'
  | 'npvLow'
  | 'npvHigh'
  | 'roi'
  | 'roiLow'
  | 'roiHigh';

/** A full set of engagement inputs. */
export type Values = Record<Name, number>;

/**
 * Gallup's turnover gap where annual turnover is above 40 %: 2024 (central) and 2012 (high)
 * editions; the low 18 % is a 2020 figure noted from memory, kept by us as a cautious bound.
 */
export const TURNOVER_GAP_HIGH: Record<Scenario, number> = { low: 0.18, central: 0.21, high: 0.25 };
/** The same where annual turnover is 40 % or less: 51 % (2024), 65 % (2012), 43 % (ours, see above). */
export const TURNOVER_GAP_LOW: Record<Scenario, number> = { low: 0.43, central: 0.51, high: 0.65 };
/** Gallup's productivity gap: production 14 %, sales 18 % (current figures), 21 % (2012 ed.). */
export const PRODUCTIVITY_GAP: Record<Scenario, number> = { low: 0.14, central: 0.18, high: 0.21 };
/**
 * Gallup's absenteeism gap: 37 % (2012 ed.), 78 % (current figures); no higher figure was traced,
 * so the high scenario keeps 78 % (our choice).
 */
export const ABSENTEEISM_GAP: Record<Scenario, number> = { low: 0.37, central: 0.78, high: 0.78 };
/** Above this annual turnover (in %), Gallup reports the gap of high-turnover organisations. */
const TURNOVER_THRESHOLD = 40;
/** Working days in a year, to turn a salary into the cost of one day's absence. */
const WORKING_DAYS = 220;
/** Median replacement cost, 21 % of salary (Boushey & Glynn 2012): the tornado's low end. */
const REPLACEMENT_LOW = 21;
/** Up to twice the annual salary (McFeely & Wigert 2019): the tornado's high end. */
const REPLACEMENT_HIGH = 200;

/** The three median gaps between Gallup's top- and bottom-quartile work units, as fractions. */
export interface Gaps {
  dT: number;
  u: number;
  dA: number;
}

/** The three parts of the annual benefit at full effect, attribution applied. */
export interface Components {
  turnover: number;
  productivity: number;
  absenteeism: number;
}

/**
 * The gaps a scenario uses, so that the turnover row follows the reader's own turnover level:
 * dT comes from the "> 40 %" row when turnover > 40, else from the "≤ 40 %" row.
 * Example: turnover 15, central → { dT: 0.51, u: 0.18, dA: 0.78 }; turnover 45 → dT 0.21.
 */
export function gaps(values: Pick<Values, 'turnover'>, scenario: Scenario): Gaps {
  const turnoverGap = values.turnover > TURNOVER_THRESHOLD ? TURNOVER_GAP_HIGH : TURNOVER_GAP_LOW;
  return {
    dT: turnoverGap[scenario],
    u: PRODUCTIVITY_GAP[scenario],
    dA: ABSENTEEISM_GAP[scenario],
  };
}

/**
 * The annual benefit split by where it comes from, so the chart and the total share one formula.
 * With percentages as fractions, q = gapClosed and a = attribution:
 * turnover = a × headcount × turnover × dT × q × salary × replacementCost;
 * productivity = a × [includeProductivity] × revenue × u × q × contributionMargin;
 * absenteeism = a × headcount × absenceDays × dA × q × salary / 220.
 * Example (defaults, central gaps): 26 296.875 + 45 000 + 19 500.
 */
export function benefitComponents(values: Values, g: Gaps): Components {
  const q = values.gapClosed / 100;
  const a = values.attribution / 100;
  return {
    turnover:
      a *
      values.headcount *
      (values.turnover / 100) *
      g.dT *
      q *
      values.salary *
      (values.replacementCost / 100),
    productivity:
      a *
      (values.includeProductivity === 1 ? 1 : 0) *
      values.revenue *
      g.u *
      q *
      (values.contributionMargin / 100),
    absenteeism:
      (a * values.headcount * values.absenceDays * g.dA * q * values.salary) / WORKING_DAYS,
  };
}

/**
 * The yearly benefit once the programme has reached full effect, in one scenario:
 * annualBenefit = turnover + productivity + absenteeism (see `benefitComponents`).
 * Example (defaults): central 90 796.875, low 66 421.875, high 105 515.625.
 */
export function annualBenefit(values: Values, scenario: Scenario): number {
  const parts = benefitComponents(values, gaps(values, scenario));
  return parts.turnover + parts.productivity + parts.absenteeism;
}

/**
 * The recurring cost of one month, the same every month of the horizon:
 * cost = headcount × costPerEmployee / 12.
 * Example (defaults): 100 × 300 / 12 = 2 500.
 */
export function monthlyCost(values: Values): number {
  return (values.headcount * values.costPerEmployee) / 12;
}

/**
 * The benefit earned in month m while the effect builds up in a straight line:
 * benefit(m) = annualBenefit / 12 × ramp(m), ramp(m) = rampMonths = 0 ? 1 : min(1, m / rampMonths).
 * Example (defaults, central): benefit(3) = 90 796.875 / 12 × 0.5 = 3 783.203125.
 */
export function monthlyBenefit(values: Values, benefit: number, m: number): number {
  const ramp = values.rampMonths === 0 ? 1 : Math.min(1, m / values.rampMonths);
  return (benefit / 12) * ramp;
}

/**
 * The cumulative cash position month by month, the one series the payback month and the chart
 * read. Index m is month m: cumulative(0) = −programCost, and for m = 1..horizonMonths
 * cumulative(m) = cumulative(m − 1) + benefit(m) − cost.
 * Example (defaults, central): cumulative(1) = −30 000 + 1 261.0677… − 2 500 = −31 238.932…
 */
export function cashFlows(values: Values, benefit: number): number[] {
  const cost = monthlyCost(values);
  const series = [-values.programCost];
  for (let m = 1; m <= values.horizonMonths; m += 1) {
    series.push(series[m - 1]! + monthlyBenefit(values, benefit, m) - cost);
  }
  return series;
}

/**
 * The break-even month, or `null` when it is not reached within the horizon:
 * the first m ≥ 1 with cumulative(m) ≥ 0 (month 0, before any flow, does not count).
 * Example: [−5, −3, 0, 2] → 2; [−5, −3, −1] → null; defaults, central → 10.
 */
export function paybackMonth(cumulative: readonly number[]): number | null {
  const month = cumulative.findIndex((value, m) => m >= 1 && value >= 0);
  return month === -1 ? null : month;
}

/**
 * The programme's value today, discounting each month's flow at the annual rate:
 * npv = −programCost + Σ (benefit(m) − cost) / (1 + discountRate)^(m/12), m = 1..horizonMonths.
 * Example (defaults, central): 113 708.89 (rounded).
 */
export function npv(values: Values, benefit: number): number {
  const cost = monthlyCost(values);
  let total = -values.programCost;
  for (let m = 1; m <= values.horizonMonths; m += 1) {
    const flow = monthlyBenefit(values, benefit, m) - cost;
    total += flow / Math.pow(1 + values.discountRate / 100, m / 12);
  }
  return total;
}

/**
 * The return over the horizon, undiscounted, in %:
 * roi = (Σ benefit(m) − Σ costs) / Σ costs × 100, with Σ costs = programCost + horizonMonths × cost.
 * `null` when Σ costs is 0, and when costs are so tiny (far below a cent) that the ratio
 * overflows a double. Example (defaults, central): (163 138.67… − 120 000) / 120 000 × 100 = 111.23.
 */
export function roi(values: Values, benefit: number): number | null {
  const costs = values.programCost + values.horizonMonths * monthlyCost(values);
  if (costs === 0) return null;
  let benefits = 0;
  for (let m = 1; m <= values.horizonMonths; m += 1) {
    benefits += monthlyBenefit(values, benefit, m);
  }
  const result = ((benefits - costs) / costs) * 100;
  return Number.isFinite(result) ? result : null;
}

/** The four results of one scenario, as the outputs and the tests read them. */
export interface ScenarioResults {
  annualBenefit: number;
  paybackMonth: number | null;
  npv: number;
  roi: number | null;
}

/**
 * Every result of one scenario from the one annual benefit, so no output can use other math:
 * annualBenefit, then paybackMonth, npv and roi of the flows it implies.
 * Example (defaults, low): 66 421.875, month 15, NPV 53 623.73, ROI 54.52 (rounded).
 */
export function scenarioResults(values: Values, scenario: Scenario): ScenarioResults {
  const benefit = annualBenefit(values, scenario);
  return {
    annualBenefit: benefit,
    paybackMonth: paybackMonth(cashFlows(values, benefit)),
    npv: npv(values, benefit),
    roi: roi(values, benefit),
  };
}

/** The sensitivity inputs: the four assumptions a manager is least able to pin down. */
export type TornadoInput = 'gapClosed' | 'replacementCost' | 'attribution' | 'u';

/** One bar of the tornado: the NPV when one assumption takes its low and its high value. */
export interface TornadoRow {
  input: TornadoInput;
  from: number;
  to: number;
  low: number;
  high: number;
}

/**
 * Which assumption moves the NPV most, each varied alone around the reader's inputs (central
 * gaps otherwise). The ranges: gapClosed and attribution halved and doubled (capped at 100 %),
 * because both are editorial judgements with no source; replacementCost from 21 % (median of
 * Boushey & Glynn 2012) to 200 % (twice the salary, the top of McFeely & Wigert 2019); the
 * productivity gap u over its low and high values in the scenario table, 0.14 → 0.21.
 * Rows are sorted by swing, largest first. The NPV rises with each of the four, so low ≤ high,
 * and the central NPV lies between them when the reader's value lies in the range.
 * Example (defaults): replacementCost 21 → 200 gives NPV 76 111.75 → 308 176.81 (rounded).
 */
export function tornado(values: Values): TornadoRow[] {
  const central = gaps(values, 'central');
  const at = (changed: Partial<Values>, g: Gaps = central): number => {
    const v = { ...values, ...changed };
    const parts = benefitComponents(v, g);
    return npv(v, parts.turnover + parts.productivity + parts.absenteeism);
  };
  const halveDouble = (value: number): [number, number] => [value / 2, Math.min(100, value * 2)];
  const [gapFrom, gapTo] = halveDouble(values.gapClosed);
  const [attrFrom, attrTo] = halveDouble(values.attribution);
  const rows: TornadoRow[] = [
    {
      input: 'gapClosed',
      from: gapFrom,
      to: gapTo,
      low: at({ gapClosed: gapFrom }),
      high: at({ gapClosed: gapTo }),
    },
    {
      input: 'replacementCost',
      from: REPLACEMENT_LOW,
      to: REPLACEMENT_HIGH,
      low: at({ replacementCost: REPLACEMENT_LOW }),
      high: at({ replacementCost: REPLACEMENT_HIGH }),
    },
    {
      input: 'attribution',
      from: attrFrom,
      to: attrTo,
      low: at({ attribution: attrFrom }),
      high: at({ attribution: attrTo }),
    },
    {
      input: 'u',
      from: PRODUCTIVITY_GAP.low,
      to: PRODUCTIVITY_GAP.high,
      low: at({}, { ...central, u: PRODUCTIVITY_GAP.low }),
      high: at({}, { ...central, u: PRODUCTIVITY_GAP.high }),
    },
  ];
  return rows.sort((a, b) => b.high - b.low - (a.high - a.low));
}
