import { LOCALES, type Lang } from '../i18n/lang';
import type { Declaration, Scenario } from './model';

type Name =
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
type Result =
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

type Values = Record<Name, number>;

/** Gallup's turnover gap where annual turnover is above 40 % (2020, 2024 and 2012 editions). */
const TURNOVER_GAP_HIGH: Record<Scenario, number> = { low: 0.18, central: 0.21, high: 0.25 };
/** Gallup's turnover gap where annual turnover is 40 % or less (2020, 2024 and 2012 editions). */
const TURNOVER_GAP_LOW: Record<Scenario, number> = { low: 0.43, central: 0.51, high: 0.65 };
/** Gallup's productivity gap: production 14 %, sales 18 % (current figures), 21 % (2012 ed.). */
const PRODUCTIVITY_GAP: Record<Scenario, number> = { low: 0.14, central: 0.18, high: 0.21 };
/** Gallup's absenteeism gap: 37 % (2012 ed.), 78 % (current figures), 81 % (unverified). */
const ABSENTEEISM_GAP: Record<Scenario, number> = { low: 0.37, central: 0.78, high: 0.81 };
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
 * Example (defaults): central 90 796.875, low 66 421.875, high 106 265.625.
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

/** A number in the page's language, for chart labels (decimal comma in French). */
function show(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], {
    maximumFractionDigits: 2,
  }).format(value);
}

/** The label of a tornado row, with the range it tries. */
function tornadoLabel(row: TornadoRow, lang: Lang): string {
  const fr = lang === 'fr';
  const range = `${show(row.from, lang)} → ${show(row.to, lang)}`;
  switch (row.input) {
    case 'gapClosed':
      return fr ? `Part de l’écart comblée (${range} %)` : `Share of the gap closed (${range}%)`;
    case 'replacementCost':
      return fr ? `Coût de remplacement (${range} %)` : `Replacement cost (${range}%)`;
    case 'attribution':
      return fr ? `Part attribuée (${range} %)` : `Share credited (${range}%)`;
    case 'u':
      return fr ? `Écart de productivité u (${range})` : `Productivity gap u (${range})`;
  }
}

/** Calculator 4: engagement programme ROI (specification, section 4). */
export const engagement: Declaration<Name, Result> = {
  id: 'engagement-roi',
  slug: { fr: 'roi-engagement', en: 'engagement-roi' },
  title: {
    fr: 'ROI d’un programme d’engagement',
    en: 'Engagement programme ROI',
  },
  question: {
    fr: 'Notre programme d’engagement coûte X : quel ROI, quelle valeur actuelle nette et quel point mort peut-on en attendre ?',
    en: 'Our engagement programme costs X: what ROI, net present value and payback month can we expect?',
  },
  formula: {
    fr: 'bénéfice annuel = attribution × q × (effectif × rotation × dT × salaire × coût de remplacement + [productivité] chiffre d’affaires × u × marge + effectif × jours d’absence × dA × salaire / 220) ; flux(m) = bénéfice annuel / 12 × montée(m) − effectif × coût par personne / 12 ; VAN = −coût du programme + Σ flux(m) / (1 + taux)^(m/12) ; ROI = (Σ bénéfices − Σ coûts) / Σ coûts',
    en: 'annual benefit = attribution × q × (headcount × turnover × dT × salary × replacement cost + [productivity] revenue × u × margin + headcount × absence days × dA × salary / 220); flow(m) = annual benefit / 12 × ramp(m) − headcount × cost per person / 12; NPV = −programme cost + Σ flow(m) / (1 + rate)^(m/12); ROI = (Σ benefits − Σ costs) / Σ costs',
  },
  inputs: [
    {
      name: 'headcount',
      unit: 'count',
      default: 100,
      min: 1,
      max: 10_000_000,
      integer: true,
      step: 1,
      slider: { min: 1, max: 5_000 },
      label: { fr: 'Effectif', en: 'Headcount' },
      help: {
        fr: 'Le nombre de personnes que le programme concerne.',
        en: 'How many people the programme covers.',
      },
      sources: [],
    },
    {
      name: 'salary',
      unit: 'money',
      default: 55_000,
      min: 0,
      max: 1e13,
      minExclusive: true,
      step: 1_000,
      slider: { min: 15_000, max: 200_000 },
      label: { fr: 'Salaire annuel moyen', en: 'Average annual salary' },
      help: {
        fr: 'Le salaire annuel moyen par personne ; il sert à chiffrer un départ et une journée d’absence.',
        en: 'Average yearly pay per person; it prices a departure and a day of absence.',
      },
      sources: [],
    },
    {
      name: 'turnover',
      unit: 'percent',
      default: 15,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Rotation volontaire annuelle', en: 'Voluntary turnover per year' },
      help: {
        fr: 'La part des salariés qui partent d’eux-mêmes chaque année. Au-delà de 40 %, le calcul prend l’écart que Gallup mesure dans les organisations à forte rotation.',
        en: 'The share of staff who leave of their own accord each year. Above 40%, the calculation uses the gap Gallup reports for high-turnover organisations.',
      },
      sources: [],
    },
    {
      name: 'gapClosed',
      unit: 'percent',
      default: 25,
      min: 0,
      max: 100,
      step: 5,
      label: { fr: 'Part de l’écart comblée', en: 'Share of the gap closed' },
      help: {
        fr: 'La part de l’écart entre les équipes du quartile supérieur et celles du quartile inférieur de Gallup que votre programme peut combler. Ces écarts opposent des extrêmes : un programme ne parcourt qu’une partie du chemin. 25 % est une hypothèse éditoriale prudente.',
        en: 'How much of the gap between Gallup’s top- and bottom-quartile teams your programme can close. Those gaps compare extremes, and a programme covers only part of the distance. 25% is a cautious editorial assumption.',
      },
      sources: [],
      assumption: true,
      grade: 'low',
    },
    {
      name: 'replacementCost',
      unit: 'percent',
      default: 50,
      min: 5,
      max: 200,
      step: 5,
      label: { fr: 'Coût d’un remplacement', en: 'Cost of replacing one person' },
      help: {
        fr: 'Ce que coûte le départ d’une personne, en % de son salaire annuel : recrutement, intégration, productivité perdue. Les études vont d’une médiane de 21 % à deux fois le salaire ; 50 % est le bas de la fourchette de Gallup.',
        en: 'What one departure costs, as a % of annual salary: hiring, onboarding, lost output. Studies range from a 21% median to twice the salary; 50% is the bottom of Gallup’s range.',
      },
      sources: ['mcfeely2019', 'boushey2012'],
      assumption: true,
      grade: 'medium',
    },
    {
      name: 'revenue',
      unit: 'money',
      default: 10_000_000,
      min: 0,
      max: 1e13,
      step: 100_000,
      slider: { min: 0, max: 100_000_000 },
      label: { fr: 'Chiffre d’affaires annuel', en: 'Annual revenue' },
      help: {
        fr: 'Le chiffre d’affaires de l’entité que le programme concerne.',
        en: 'Revenue of the unit the programme covers.',
      },
      sources: [],
    },
    {
      name: 'contributionMargin',
      unit: 'percent',
      default: 20,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Marge sur coûts variables', en: 'Contribution margin' },
      help: {
        fr: 'Ce qui reste de chaque unité de chiffre d’affaires supplémentaire une fois les coûts variables payés.',
        en: 'What is left of each extra unit of revenue once variable costs are paid.',
      },
      sources: [],
    },
    {
      name: 'absenceDays',
      unit: 'days',
      default: 8,
      min: 0,
      max: 60,
      step: 0.5,
      label: { fr: 'Jours d’absence par personne', en: 'Absence days per person' },
      help: {
        fr: 'Les jours d’absence non planifiés par personne et par an, congés exclus.',
        en: 'Unplanned days off per person per year, holidays excluded.',
      },
      sources: [],
    },
    {
      name: 'attribution',
      unit: 'percent',
      default: 50,
      min: 0,
      max: 100,
      step: 5,
      label: { fr: 'Part attribuée à votre programme', en: 'Share credited to your programme' },
      help: {
        fr: 'La part de l’effet que vous attribuez à votre propre initiative plutôt qu’au marché ou à d’autres projets.',
        en: 'The share of the effect you credit to your own initiative rather than to the market or other projects.',
      },
      sources: ['gelade2005'],
      assumption: true,
      grade: 'low',
    },
    {
      name: 'programCost',
      unit: 'money',
      default: 30_000,
      min: 0,
      max: 1e13,
      step: 1_000,
      slider: { min: 0, max: 500_000 },
      label: { fr: 'Coût ponctuel du programme', en: 'One-off programme cost' },
      help: {
        fr: 'Ce que le lancement coûte une fois pour toutes : enquête, conseil, formation des managers.',
        en: 'What the launch costs once: survey, consultants, manager training.',
      },
      sources: [],
    },
    {
      name: 'costPerEmployee',
      unit: 'money',
      default: 300,
      min: 0,
      max: 1e13,
      step: 10,
      slider: { min: 0, max: 3_000 },
      label: { fr: 'Coût récurrent par personne', en: 'Recurring cost per person' },
      help: {
        fr: 'Le coût annuel par personne une fois le programme lancé : outils, temps passé, animation.',
        en: 'Yearly cost per person once the programme runs: tools, time spent, facilitation.',
      },
      sources: [],
    },
    {
      name: 'rampMonths',
      unit: 'months',
      default: 6,
      min: 0,
      max: 24,
      integer: true,
      step: 1,
      label: { fr: 'Mois avant le plein effet', en: 'Months to full effect' },
      help: {
        fr: 'Le bénéfice monte en ligne droite jusqu’à son plein niveau ; 0 donne le plein effet dès le premier mois.',
        en: 'The benefit climbs in a straight line to its full level; 0 means full effect from the first month.',
      },
      sources: [],
    },
    {
      name: 'horizonMonths',
      unit: 'months',
      default: 36,
      min: 12,
      max: 60,
      integer: true,
      step: 1,
      label: { fr: 'Horizon', en: 'Horizon' },
      help: {
        fr: 'Le nombre de mois que la VAN, le ROI et le point mort prennent en compte.',
        en: 'How many months the NPV, ROI and payback month look at.',
      },
      sources: [],
    },
    {
      name: 'discountRate',
      unit: 'percent',
      default: 8,
      min: 0,
      max: 30,
      step: 0.5,
      label: { fr: 'Taux d’actualisation annuel', en: 'Annual discount rate' },
      help: {
        fr: 'Votre coût du capital : plus il est élevé, moins les gains lointains pèsent dans la VAN.',
        en: 'Your cost of capital: the higher it is, the less later gains weigh in the NPV.',
      },
      sources: [],
    },
    {
      name: 'includeProductivity',
      unit: 'flag',
      default: 1,
      min: 0,
      max: 1,
      integer: true,
      step: 1,
      label: { fr: 'Compter la productivité', en: 'Count productivity' },
      help: {
        fr: '1 compte la marge sur le surcroît de ventes ; 0 s’en tient à la rotation et à l’absentéisme, le choix prudent si une meilleure productivité ne se traduit pas en ventes.',
        en: '1 counts the margin on extra sales; 0 keeps only turnover and absence, the cautious choice when better productivity does not turn into sales.',
      },
      sources: [],
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Écart de rotation dT, rotation > 40 %',
        en: 'Turnover gap dT, turnover > 40%',
      },
      unit: 'ratio',
      values: {
        low: {
          value: TURNOVER_GAP_HIGH.low,
          sources: ['harter2020'],
          grade: 'low',
          note: {
            fr: '−18 % dans l’édition 2020 de la méta-analyse ; chiffre noté de mémoire et par une seule source secondaire.',
            en: '−18% in the 2020 edition of the meta-analysis; noted from memory and one secondary mention.',
          },
        },
        central: {
          value: TURNOVER_GAP_HIGH.central,
          sources: ['harter2024'],
          grade: 'medium',
          note: {
            fr: '−21 % dans les chiffres actuels de Gallup (probablement l’édition 2024), vus en source secondaire.',
            en: '−21% in Gallup’s current figures (likely the 2024 edition), seen in secondary sources.',
          },
        },
        high: {
          value: TURNOVER_GAP_HIGH.high,
          sources: ['harter2013'],
          grade: 'medium',
          note: {
            fr: '−25 % dans l’édition 2012 (publiée en 2013), pour les organisations à forte rotation.',
            en: '−25% in the 2012 edition (published 2013), for high-turnover organisations.',
          },
        },
      },
    },
    {
      label: {
        fr: 'Écart de rotation dT, rotation ≤ 40 %',
        en: 'Turnover gap dT, turnover ≤ 40%',
      },
      unit: 'ratio',
      values: {
        low: {
          value: TURNOVER_GAP_LOW.low,
          sources: ['harter2020'],
          grade: 'low',
          note: {
            fr: '−43 % dans l’édition 2020 ; chiffre noté de mémoire et par une seule source secondaire.',
            en: '−43% in the 2020 edition; noted from memory and one secondary mention.',
          },
        },
        central: {
          value: TURNOVER_GAP_LOW.central,
          sources: ['harter2024'],
          grade: 'medium',
          note: {
            fr: '−51 % dans les chiffres actuels de Gallup (probablement l’édition 2024), vus en source secondaire.',
            en: '−51% in Gallup’s current figures (likely the 2024 edition), seen in secondary sources.',
          },
        },
        high: {
          value: TURNOVER_GAP_LOW.high,
          sources: ['harter2013'],
          grade: 'medium',
          note: {
            fr: '−65 % dans l’édition 2012 (publiée en 2013), pour les organisations à faible rotation.',
            en: '−65% in the 2012 edition (published 2013), for low-turnover organisations.',
          },
        },
      },
    },
    {
      label: { fr: 'Écart de productivité u', en: 'Productivity gap u' },
      unit: 'ratio',
      values: {
        low: {
          value: PRODUCTIVITY_GAP.low,
          sources: ['harter2024'],
          grade: 'medium',
          note: {
            fr: '+14 % de productivité (production) dans les chiffres actuels de Gallup.',
            en: '+14% productivity (production) in Gallup’s current figures.',
          },
        },
        central: {
          value: PRODUCTIVITY_GAP.central,
          sources: ['harter2024'],
          grade: 'medium',
          note: {
            fr: '+18 % de productivité (ventes) dans les chiffres actuels de Gallup (probablement l’édition 2024).',
            en: '+18% productivity (sales) in Gallup’s current figures (likely the 2024 edition).',
          },
        },
        high: {
          value: PRODUCTIVITY_GAP.high,
          sources: ['harter2013'],
          grade: 'medium',
          note: {
            fr: '+21 % de productivité dans l’édition 2012 (publiée en 2013).',
            en: '+21% productivity in the 2012 edition (published 2013).',
          },
        },
      },
    },
    {
      label: { fr: 'Écart d’absentéisme dA', en: 'Absenteeism gap dA' },
      unit: 'ratio',
      values: {
        low: {
          value: ABSENTEEISM_GAP.low,
          sources: ['harter2013'],
          grade: 'medium',
          note: {
            fr: '−37 % d’absentéisme dans l’édition 2012 (publiée en 2013).',
            en: '−37% absenteeism in the 2012 edition (published 2013).',
          },
        },
        central: {
          value: ABSENTEEISM_GAP.central,
          sources: ['harter2024'],
          grade: 'medium',
          note: {
            fr: '−78 % d’absentéisme dans les chiffres actuels de Gallup (probablement l’édition 2024).',
            en: '−78% absenteeism in Gallup’s current figures (likely the 2024 edition).',
          },
        },
        high: {
          value: ABSENTEEISM_GAP.high,
          sources: ['harter2020'],
          grade: 'unconfirmed',
          note: {
            fr: 'Valeur haute de la spécification, souvent rapportée à l’édition 2020 mais absente de notre base de preuves : non vérifiée.',
            en: 'The specification’s high value, often credited to the 2020 edition but missing from our evidence base: not verified.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'annualBenefit',
      unit: 'money',
      label: { fr: 'Bénéfice annuel en plein effet', en: 'Annual benefit at full effect' },
    },
    {
      name: 'annualBenefitLow',
      unit: 'money',
      label: { fr: 'Bénéfice annuel, scénario bas', en: 'Annual benefit, low scenario' },
    },
    {
      name: 'annualBenefitHigh',
      unit: 'money',
      label: { fr: 'Bénéfice annuel, scénario haut', en: 'Annual benefit, high scenario' },
    },
    {
      name: 'paybackMonth',
      unit: 'months',
      digits: 0,
      label: { fr: 'Mois du point mort', en: 'Payback month' },
    },
    {
      name: 'paybackMonthLow',
      unit: 'months',
      digits: 0,
      label: { fr: 'Point mort, scénario bas', en: 'Payback month, low scenario' },
    },
    {
      name: 'paybackMonthHigh',
      unit: 'months',
      digits: 0,
      label: { fr: 'Point mort, scénario haut', en: 'Payback month, high scenario' },
    },
    {
      name: 'npv',
      unit: 'money',
      label: { fr: 'Valeur actuelle nette (VAN)', en: 'Net present value (NPV)' },
    },
    { name: 'npvLow', unit: 'money', label: { fr: 'VAN, scénario bas', en: 'NPV, low scenario' } },
    {
      name: 'npvHigh',
      unit: 'money',
      label: { fr: 'VAN, scénario haut', en: 'NPV, high scenario' },
    },
    {
      name: 'roi',
      unit: 'percent',
      digits: 1,
      label: { fr: 'ROI sur l’horizon', en: 'ROI over the horizon' },
    },
    {
      name: 'roiLow',
      unit: 'percent',
      digits: 1,
      label: { fr: 'ROI, scénario bas', en: 'ROI, low scenario' },
    },
    {
      name: 'roiHigh',
      unit: 'percent',
      digits: 1,
      label: { fr: 'ROI, scénario haut', en: 'ROI, high scenario' },
    },
  ],
  // The NPV leads: it is money, it weighs time and the cost of capital, and it exists even when
  // the ROI does not (no cost). A later payback is worse, so the payback band runs from the high
  // scenario's month (earliest) to the low scenario's (latest).
  bands: [
    { central: 'npv', low: 'npvLow', high: 'npvHigh' },
    { central: 'roi', low: 'roiLow', high: 'roiHigh' },
    { central: 'paybackMonth', low: 'paybackMonthHigh', high: 'paybackMonthLow' },
    { central: 'annualBenefit', low: 'annualBenefitLow', high: 'annualBenefitHigh' },
  ],
  bandReason: {
    fr: 'Les écarts publiés par Gallup changent d’une édition de sa méta-analyse à l’autre, surtout pour l’absentéisme, qui va du simple au double : la fourchette suit ces éditions, vos propres hypothèses sont testées dans le graphique de sensibilité.',
    en: 'Gallup’s published gaps shift between editions of its meta-analysis, absenteeism most of all, where they roughly double: the band follows those editions, and the sensitivity chart tests your own assumptions.',
  },
  details: [],
  compute(values) {
    const low = scenarioResults(values, 'low');
    const central = scenarioResults(values, 'central');
    const high = scenarioResults(values, 'high');
    return {
      annualBenefit: central.annualBenefit,
      annualBenefitLow: low.annualBenefit,
      annualBenefitHigh: high.annualBenefit,
      paybackMonth: central.paybackMonth,
      paybackMonthLow: low.paybackMonth,
      paybackMonthHigh: high.paybackMonth,
      npv: central.npv,
      npvLow: low.npv,
      npvHigh: high.npv,
      roi: central.roi,
      roiLow: low.roi,
      roiHigh: high.roi,
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const series = (['central', 'low', 'high'] as const).map((scenario) => ({
      scenario,
      cumulative: cashFlows(values, annualBenefit(values, scenario)),
    }));
    const centralFlows = series[0]!.cumulative;
    const payback = paybackMonth(centralFlows);
    const parts = benefitComponents(values, gaps(values, 'central'));
    const rows = tornado(values);
    const centralNpv = npv(values, annualBenefit(values, 'central'));
    const names: Record<Scenario, string> = fr
      ? { central: 'Scénario central', low: 'Scénario bas', high: 'Scénario haut' }
      : { central: 'Central scenario', low: 'Low scenario', high: 'High scenario' };
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr ? 'La VAN selon les trois scénarios' : 'The NPV in the three scenarios',
        summary: fr
          ? 'Valeur actuelle nette du programme en scénario bas, central et haut, face au seuil de zéro.'
          : 'Net present value of the programme in the low, central and high scenarios, against zero.',
        rows: [
          {
            label: fr ? 'Valeur actuelle nette' : 'Net present value',
            low: results.npvLow,
            central: results.npv,
            high: results.npvHigh,
          },
        ],
        reference: { value: 0, label: fr ? 'VAN nulle' : 'Zero NPV' },
      },
      {
        id: 'cumulative',
        kind: 'line',
        title: fr ? 'La trésorerie cumulée, mois par mois' : 'Cumulative cash flow by month',
        summary: fr
          ? 'Flux cumulé du programme depuis son lancement, dans les trois scénarios, avec le mois du point mort central marqué.'
          : 'The programme’s cumulative cash flow from launch, in the three scenarios, with the central break-even month marked.',
        x: { label: fr ? 'Mois' : 'Month', unit: 'months' },
        y: { label: fr ? 'Flux cumulé' : 'Cumulative flow', unit: 'money' },
        series: series.map(({ scenario, cumulative }) => ({
          name: names[scenario],
          points: cumulative.map((y, m) => [m, y] as const),
          ...(scenario === 'central' ? {} : { dashed: true }),
        })),
        marks:
          payback === null
            ? []
            : [
                {
                  x: payback,
                  y: centralFlows[payback]!,
                  label: fr ? `Point mort : mois ${payback}` : `Break-even: month ${payback}`,
                },
              ],
      },
      {
        id: 'components',
        kind: 'bars',
        unit: 'money',
        title: fr
          ? 'D’où vient le bénéfice, face au coût'
          : 'Where the benefit comes from, against the cost',
        summary: fr
          ? 'Bénéfice annuel central en plein effet, par source, face au coût annuel : coût récurrent et coût ponctuel réparti sur l’horizon (hachuré).'
          : 'Central annual benefit at full effect, by source, against the annual cost: recurring cost and the one-off cost spread over the horizon (hatched).',
        bars: [
          {
            label: fr ? 'Bénéfice annuel' : 'Annual benefit',
            segments: [
              { name: fr ? 'Rotation' : 'Turnover', value: parts.turnover },
              { name: fr ? 'Productivité' : 'Productivity', value: parts.productivity },
              { name: fr ? 'Absentéisme' : 'Absenteeism', value: parts.absenteeism },
            ],
          },
          {
            label: fr ? 'Coût annuel' : 'Annual cost',
            segments: [
              { name: fr ? 'Coût récurrent' : 'Recurring cost', value: monthlyCost(values) * 12 },
              {
                name: fr
                  ? 'Coût ponctuel réparti sur l’horizon'
                  : 'One-off cost spread over the horizon',
                value: (values.programCost * 12) / values.horizonMonths,
                hatch: true,
              },
            ],
          },
        ],
      },
      {
        id: 'tornado',
        kind: 'range',
        unit: 'money',
        title: fr ? 'Quelle hypothèse pèse le plus ?' : 'Which assumption matters most?',
        summary: fr
          ? 'VAN centrale quand une seule hypothèse prend sa valeur basse puis haute, les autres restant à vos valeurs.'
          : 'Central NPV when one assumption at a time takes its low and then its high value, the others staying at your values.',
        rows: rows.map((row) => ({
          label: tornadoLabel(row, lang),
          low: row.low,
          central: centralNpv,
          high: row.high,
        })),
        reference: { value: centralNpv, label: fr ? 'VAN centrale' : 'Central NPV' },
      },
    ];
  },
};
