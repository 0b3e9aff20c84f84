import { revenueInput } from '../inputs.ts';
import type { Declaration } from '../model.ts';

type Name =
  'revenue' | 'baseGrowth' | 'attitudeChange' | 'years' | 'attribution' | 'fade' | 'margin';
type Result =
  | 'customerImpressionChange'
  | 'growthChange'
  | 'extraRevenue'
  | 'extraRevenueLow'
  | 'extraRevenueHigh'
  | 'extraProfit';

/** Sears: +5 employee-attitude units → +1.3 customer-impression units, so 0.26 per unit. */
const IMPRESSION_PER_UNIT = 0.26;
/**
 * Sears: +5 employee-attitude units → a reported “0.5 %” improvement in revenue growth, which we
 * read as half a point of growth (our reading; the wording is ambiguous), so 0.001 per unit.
 */
const GROWTH_PER_UNIT = 0.001;
/** Why 0.1 point per unit: our reading of the Sears figures, shown in the assumptions table. */
const PER_UNIT_NOTE = {
  fr: 'Notre lecture du modèle Sears, identique dans les trois scénarios : +5 unités d’attitude vont de pair avec une amélioration de « 0,5 % » de la croissance, que nous lisons comme un demi-point, soit 0,1 point par unité ; le calcul suppose aussi qu’un point de votre indice vaut une unité de Sears, et rapporte l’impression des clients (1,3 unité pour 5) dans les points de votre propre indice.',
  en: 'Our reading of the Sears model, the same in all three scenarios: +5 units of attitude go with a “0.5 percent” improvement in growth, which we read as half a point, so 0.1 point per unit; the calculation also assumes one point of your index equals one Sears unit, and reports customer impression (1.3 units for 5) in points of your own index.',
};
/** Low scenario: the boost fades entirely after one period, the one Sears studied (a year: our assumption). */
const LOW = 100;
/** High scenario: the boost never fades, an extrapolation beyond Sears' data. */
const HIGH = 0;

/**
 * The extra revenue growth the Sears chain implies, as a fraction per year:
 * dg = 0.001 × attitudeChange × attribution/100.
 * Example (defaults): 0.001 × 5 × 100/100 = 0.005, that is +0.5 point of growth.
 */
export function growthBoost(values: Record<Name, number>): number {
  return GROWTH_PER_UNIT * values.attitudeChange * (values.attribution / 100);
}

/**
 * Revenue year by year with and without the change, so the gap can be summed and drawn.
 * With g = baseGrowth/100, dg = growthBoost and f = fade/100, for t = 1..years:
 * with(t) = with(t−1) × (1 + g + dg × (1 − f)^(t−1)), with(0) = revenue;
 * without(t) = revenue × (1 + g)^t, built year by year the same way so that no change gives
 * exactly no gap.
 * Example (defaults, fade 50 %): with = 10 000 000, 10 350 000, 10 686 375, 11 020 324.22;
 * without = 10 000 000, 10 300 000, 10 609 000, 10 927 270.
 */
export function revenuePaths(
  values: Record<Name, number>,
  fade: number,
): { with: number[]; without: number[] } {
  const g = values.baseGrowth / 100;
  const dg = growthBoost(values);
  const keep = 1 - fade / 100;
  const withChange = [values.revenue];
  const without = [values.revenue];
  for (let t = 1; t <= values.years; t++) {
    withChange.push(withChange[t - 1]! * (1 + g + dg * keep ** (t - 1)));
    without.push(without[t - 1]! * (1 + g));
  }
  return { with: withChange, without };
}

/**
 * The cumulative extra revenue over the horizon: extraRevenue(fade) = Σ_t (with(t) − without(t)).
 * Example (defaults, fade 50 %): 50 000 + 77 375 + 93 054.22 = 220 429.22.
 */
export function extraRevenue(values: Record<Name, number>, fade: number): number {
  const paths = revenuePaths(values, fade);
  let sum = 0;
  for (let t = 1; t <= values.years; t++) sum += paths.with[t]! - paths.without[t]!;
  return sum;
}

/** Calculator 3: the Sears chain, employee attitude → customer impression → growth (section 3). */
const sears: Declaration<Name, Result> = {
  id: 'sears-chain',
  order: 3,
  slug: { fr: 'chaine-sears', en: 'sears-chain' },
  title: {
    fr: 'La chaîne Sears : attitude des employés → impression des clients → croissance',
    en: 'The Sears chain: employee attitude → customer impression → growth',
  },
  question: {
    fr: 'Si notre indice d’attitude des employés gagne N points, qu’implique le modèle Sears ?',
    en: 'If our employee-attitude index rises by N points, what does the Sears model imply?',
  },
  formula: {
    fr: 'croissance en plus = 0,1 point × variation d’attitude × attribution, réduite chaque année du taux d’estompement ; CA en plus = somme, année par année, du CA avec le changement moins le CA sans',
    en: 'extra growth = 0.1 point × attitude change × attribution, shrinking each year by the fade rate; extra revenue = the sum, year by year, of revenue with the change minus revenue without',
  },
  inputs: [
    revenueInput({
      fr: 'Le chiffre d’affaires de l’entité dont vous mesurez l’attitude des employés, pour l’année de départ.',
      en: 'Revenue of the unit whose employee attitudes you measure, in the starting year.',
    }),
    {
      name: 'baseGrowth',
      unit: 'percent',
      default: 3,
      min: -20,
      max: 30,
      step: 0.1,
      slider: { min: -10, max: 15 },
      label: {
        fr: 'Croissance annuelle sans le changement',
        en: 'Yearly growth without the change',
      },
      help: {
        fr: 'La croissance du chiffre d’affaires que vous attendez si l’attitude des employés ne bouge pas.',
        en: 'The revenue growth you expect if employee attitudes stay where they are.',
      },
      sources: [],
    },
    {
      name: 'attitudeChange',
      unit: 'points',
      default: 5,
      min: -20,
      max: 20,
      step: 0.5,
      label: { fr: 'Variation de l’attitude des employés', en: 'Change in employee attitude' },
      help: {
        fr: 'La hausse (ou la baisse) attendue de votre indice d’attitude des employés. Le modèle de Sears partait de +5 unités de son propre indice, d’échelle non publiée : le calcul suppose qu’un point de votre indice vaut une unité de Sears, une hypothèse de notre part que personne n’a vérifiée.',
        en: 'The expected rise (or fall) of your employee-attitude index. Sears’ model started from +5 units of its own index, whose scale was not published: the calculation assumes one point of your index equals one Sears unit, an assumption of ours that nobody has tested.',
      },
      sources: ['rucci1998'],
    },
    {
      name: 'years',
      unit: 'years',
      default: 3,
      min: 1,
      max: 10,
      integer: true,
      step: 1,
      label: { fr: 'Horizon', en: 'Horizon' },
      help: {
        fr: 'Le nombre d’années sur lesquelles additionner le chiffre d’affaires supplémentaire.',
        en: 'How many years of extra revenue to add up.',
      },
      sources: [],
    },
    {
      name: 'attribution',
      unit: 'percent',
      default: 100,
      min: 0,
      max: 100,
      step: 5,
      label: { fr: 'Part attribuée à votre initiative', en: 'Share credited to your initiative' },
      help: {
        fr: 'La part de l’effet que vous attribuez à votre propre initiative : 100 % suppose que le lien mesuré chez Sears vaut tel quel chez vous, ce que Gelade et Young n’ont pas retrouvé dans la banque de détail.',
        en: 'The share of the effect you credit to your own initiative: 100% assumes the link Sears measured holds unchanged for you, which Gelade and Young did not find in retail banking.',
      },
      sources: ['rucci1998', 'gelade2005'],
      ours: true,
    },
    {
      name: 'fade',
      unit: 'percent',
      default: 50,
      min: 0,
      max: 100,
      step: 5,
      label: { fr: 'Estompement annuel (scénario central)', en: 'Yearly fade (central scenario)' },
      help: {
        fr: 'De combien le surcroît de croissance diminue chaque année. 50 % est notre choix : Sears n’a relié les attitudes qu’à la croissance de la période suivante, d’une durée non précisée.',
        en: 'How much the extra growth shrinks each year. 50% is our choice: Sears related attitudes only to growth in the following period, whose length is not given.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'margin',
      unit: 'percent',
      default: 10,
      min: 0,
      max: 60,
      step: 0.5,
      label: { fr: 'Marge opérationnelle', en: 'Operating margin' },
      help: {
        fr: 'Votre marge opérationnelle, pour traduire le chiffre d’affaires supplémentaire en résultat.',
        en: 'Your operating margin, to turn the extra revenue into profit.',
      },
      sources: [],
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Croissance en plus par unité d’attitude',
        en: 'Extra growth per unit of attitude',
      },
      unit: 'pp',
      values: {
        low: {
          value: GROWTH_PER_UNIT * 100,
          sources: ['rucci1998'],
          ours: true,
          note: PER_UNIT_NOTE,
        },
        central: {
          value: GROWTH_PER_UNIT * 100,
          sources: ['rucci1998'],
          ours: true,
          note: PER_UNIT_NOTE,
        },
        high: {
          value: GROWTH_PER_UNIT * 100,
          sources: ['rucci1998'],
          ours: true,
          note: PER_UNIT_NOTE,
        },
      },
    },
    {
      label: {
        fr: 'Estompement annuel du surcroît de croissance',
        en: 'Yearly fade of the extra growth',
      },
      unit: 'percent',
      values: {
        low: {
          value: LOW,
          sources: ['rucci1998'],
          ours: true,
          note: {
            fr: 'L’effet ne dure qu’une période, celle que Sears a étudiée ; les résumés n’en donnent pas la durée, et la traiter comme un an est notre hypothèse.',
            en: 'The boost lasts one period, the one Sears studied; the summaries do not give its length, and treating it as a year is our assumption.',
          },
        },
        central: {
          value: { input: 'fade' },
          sources: [],
          ours: true,
          note: {
            fr: 'Votre saisie ; 50 % par défaut, hypothèse éditoriale entre les deux extrêmes.',
            en: 'Your input; 50% by default, an editorial assumption between the two extremes.',
          },
        },
        high: {
          value: HIGH,
          sources: [],
          ours: true,
          note: {
            fr: 'L’effet persiste sans faiblir : une extrapolation au-delà des données de Sears.',
            en: 'The boost persists undiminished: an extrapolation beyond Sears’ data.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'customerImpressionChange',
      unit: 'points',
      digits: 2,
      label: { fr: 'Variation de l’impression des clients', en: 'Change in customer impression' },
    },
    {
      name: 'growthChange',
      unit: 'pp',
      digits: 2,
      label: { fr: 'Variation de la croissance', en: 'Change in growth' },
    },
    {
      name: 'extraRevenue',
      unit: 'money',
      label: { fr: 'Chiffre d’affaires supplémentaire cumulé', en: 'Cumulative extra revenue' },
    },
    {
      name: 'extraRevenueLow',
      unit: 'money',
      label: { fr: 'Chiffre d’affaires en plus, scénario bas', en: 'Extra revenue, low scenario' },
    },
    {
      name: 'extraRevenueHigh',
      unit: 'money',
      label: {
        fr: 'Chiffre d’affaires en plus, scénario haut',
        en: 'Extra revenue, high scenario',
      },
    },
    {
      name: 'extraProfit',
      unit: 'money',
      label: { fr: 'Résultat supplémentaire cumulé', en: 'Cumulative extra profit' },
    },
  ],
  bands: [{ central: 'extraRevenue', low: 'extraRevenueLow', high: 'extraRevenueHigh' }],
  bandReason: {
    fr: 'Sears a relié les attitudes à la croissance de la période suivante seulement, d’une durée que les résumés ne donnent pas : nous la traitons comme un an, et la fourchette va d’un effet qui s’éteint après un an à un effet qui ne faiblit jamais.',
    en: 'Sears related attitudes to growth in the following period only, whose length the summaries do not give: we treat it as a year, and the band runs from a boost that ends after one year to one that never fades.',
  },
  details: ['customerImpressionChange', 'growthChange', 'extraProfit'],
  compute(values) {
    const central = extraRevenue(values, values.fade);
    return {
      customerImpressionChange:
        IMPRESSION_PER_UNIT * values.attitudeChange * (values.attribution / 100),
      growthChange: growthBoost(values) * 100,
      extraRevenue: central,
      extraRevenueLow: extraRevenue(values, LOW),
      extraRevenueHigh: extraRevenue(values, HIGH),
      extraProfit: central * (values.margin / 100),
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const paths = revenuePaths(values, values.fade);
    const last = paths.with.length - 1;
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr
          ? 'Le chiffre d’affaires en plus selon les trois scénarios'
          : 'Extra revenue in the three scenarios',
        summary: fr
          ? 'Chiffre d’affaires supplémentaire cumulé sur l’horizon, en scénario bas, central et haut.'
          : 'Cumulative extra revenue over the horizon in the low, central and high scenarios.',
        rows: [
          {
            label: fr ? 'Chiffre d’affaires en plus' : 'Extra revenue',
            low: results.extraRevenueLow,
            central: results.extraRevenue,
            high: results.extraRevenueHigh,
          },
        ],
      },
      {
        id: 'chain',
        kind: 'chain',
        title: fr ? 'Les trois maillons de la chaîne' : 'The three links of the chain',
        summary: fr
          ? 'Variation de l’attitude des employés, de l’impression des clients qui va de pair avec elle dans le modèle et de la croissance du chiffre d’affaires, selon les rapports du modèle Sears, dans notre lecture.'
          : 'Change in employee attitude, the customer-impression change that goes with it in the model and the change in revenue growth, using the ratios of the Sears model, as we read them.',
        steps: [
          {
            label: fr ? 'Attitude des employés' : 'Employee attitude',
            value: values.attitudeChange,
            unit: 'points',
          },
          {
            label: fr ? 'Impression des clients' : 'Customer impression',
            value: results.customerImpressionChange ?? 0,
            unit: 'points',
          },
          {
            label: fr ? 'Croissance du chiffre d’affaires' : 'Revenue growth',
            value: results.growthChange ?? 0,
            unit: 'pp',
          },
        ],
      },
      {
        id: 'revenue',
        kind: 'line',
        title: fr
          ? 'Le chiffre d’affaires avec et sans le changement'
          : 'Revenue with and without the change',
        summary: fr
          ? 'Chiffre d’affaires année par année, avec le changement d’attitude (scénario central) et sans lui ; l’écart est ombré.'
          : 'Revenue year by year with the attitude change (central scenario) and without it; the gap is shaded.',
        x: { label: fr ? 'Année' : 'Year', unit: 'years' },
        y: { label: fr ? 'Chiffre d’affaires' : 'Revenue', unit: 'money', fit: true },
        series: [
          {
            name: fr ? 'Avec le changement' : 'With the change',
            points: paths.with.map((y, t) => [t, y] as const),
          },
          {
            name: fr ? 'Sans le changement' : 'Without the change',
            points: paths.without.map((y, t) => [t, y] as const),
            dashed: true,
          },
        ],
        shadeBetween: true,
        marks: [
          {
            x: last,
            y: paths.with[last] ?? values.revenue,
            label: fr ? 'Fin de l’horizon' : 'End of horizon',
          },
        ],
      },
    ];
  },
};

export default sears;
