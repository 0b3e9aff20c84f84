import type { Declaration } from '../model.ts';

type Name =
  | 'margin'
  | 'retention'
  | 'retentionGain'
  | 'discountRate'
  | 'marginGrowth'
  | 'acquisitionCost'
  | 'customers';
type Result =
  | 'clvNow'
  | 'clvAfter'
  | 'clvGain'
  | 'clvGainPercent'
  | 'portfolioGain'
  | 'portfolioGainLow'
  | 'portfolioGainHigh'
  | 'baseMultiplier';

/** No loyalty effect: the margin stays flat however long the customer stays (constant-margin CLV). */
const LOW = 0;
/**
 * Reichheld's loyalty mechanisms (spend growth, referrals, lower cost to serve), set by us at 5 %
 * a year; Reinartz & Kumar (2000, 2002) did not reliably find them, so this is the optimistic bound.
 */
const HIGH = 5;

/** Reichheld & Sasser (1990)'s examples: profit rose 30 % (auto service) to 85 % (bank branches) for 5 points fewer defections. */
const REICHHELD = { low: 30, high: 85 };

/**
 * The discount factor's denominator, shared by the formula and the rule so that a rule that
 * passes guarantees a positive denominator. Retention and growth are in % (0-100).
 * denominator(r, g) = 1 + d − r × (1 + g).
 * Example (defaults): denominator(80, 2) = 1.1 − 0.8 × 1.02 = 0.284.
 */
export function denominator(
  values: Record<Name, number>,
  retention: number,
  growth: number,
): number {
  return 1 + values.discountRate / 100 - (retention / 100) * (1 + growth / 100);
}

/**
 * Customer lifetime value with the margin received at the start of each year, an infinite horizon
 * and a margin growing with tenure (Gupta, Lehmann & Stuart 2004). Retention and growth in %.
 * clv(r, g) = margin × (1 + d) / (1 + d − r × (1 + g)) − acquisitionCost.
 * Example (defaults): clv(80, 2) = 5 000 × 1.1 / (1.1 − 0.8 × 1.02) − 0 = 19 366.20.
 */
export function clv(values: Record<Name, number>, retention: number, growth: number): number {
  return (
    (values.margin * (1 + values.discountRate / 100)) / denominator(values, retention, growth) -
    values.acquisitionCost
  );
}

/**
 * What the retention gain is worth across the customer base for one margin-growth scenario.
 * portfolioGain(g) = customers × (clv(retention + retentionGain, g) − clv(retention, g)).
 * Example (defaults): portfolioGain(0) = 200 × (22 000 − 18 333.33) = 733 333.33.
 */
export function portfolioGain(values: Record<Name, number>, growth: number): number {
  const after = clv(values, values.retention + values.retentionGain, growth);
  return values.customers * (after - clv(values, values.retention, growth));
}

/** True when every scenario's value is finite at this retention: r × (1 + g) < 1 + d for each g. */
function finite(values: Record<Name, number>, retention: number): boolean {
  return [LOW, values.marginGrowth, HIGH].every((g) => denominator(values, retention, g) > 0);
}

/** Calculator 5: retention → customer lifetime value (specification, section 5). */
const retention: Declaration<Name, Result> = {
  id: 'retention-value',
  order: 5,
  slug: { fr: 'valeur-fidelisation', en: 'retention-value' },
  title: {
    fr: 'Fidélisation → valeur client',
    en: 'Retention → customer lifetime value',
  },
  question: {
    fr: 'Que valent quelques points de fidélisation client en plus ?',
    en: 'What are a few more points of customer retention worth?',
  },
  formula: {
    fr: 'valeur client(r, g) = marge × (1 + a) / (1 + a − r × (1 + g)) − coût d’acquisition ; gain = clients × (valeur après − valeur actuelle)',
    en: 'CLV(r, g) = margin × (1 + d) / (1 + d − r × (1 + g)) − acquisition cost; gain = customers × (CLV after − CLV now)',
  },
  inputs: [
    {
      name: 'margin',
      unit: 'money',
      default: 5000,
      min: 0,
      max: 1e13,
      minExclusive: true,
      step: 100,
      slider: { min: 100, max: 100_000 },
      label: { fr: 'Marge annuelle par client', en: 'Annual margin per customer' },
      help: {
        fr: 'La marge (et non le chiffre d’affaires) qu’un client rapporte au cours de sa première année.',
        en: 'The margin, not the revenue, that a customer brings in during their first year.',
      },
      sources: [],
    },
    {
      name: 'retention',
      unit: 'percent',
      default: 80,
      min: 0,
      max: 99,
      step: 1,
      label: { fr: 'Taux de fidélisation annuel', en: 'Annual retention rate' },
      help: {
        fr: 'La part des clients présents en début d’année qui le sont encore un an plus tard.',
        en: 'The share of customers at the start of a year who are still customers a year later.',
      },
      sources: [],
    },
    {
      name: 'retentionGain',
      unit: 'pp',
      default: 5,
      min: 0,
      max: 99,
      step: 1,
      label: { fr: 'Gain de fidélisation visé', en: 'Retention gain' },
      help: {
        fr: 'En points de pourcentage : 5 points font passer la fidélisation de 80 % à 85 %.',
        en: 'In percentage points: 5 points take retention from 80% to 85%.',
      },
      sources: [],
    },
    {
      name: 'discountRate',
      unit: 'percent',
      default: 10,
      min: 0,
      max: 30,
      step: 0.5,
      label: { fr: 'Taux d’actualisation', en: 'Discount rate' },
      help: {
        fr: 'Le rendement annuel que vous attendez de l’argent immobilisé, souvent le coût du capital de l’entreprise.',
        en: 'The yearly return you expect on money tied up in the business, often your cost of capital.',
      },
      sources: [],
    },
    {
      name: 'marginGrowth',
      unit: 'percent',
      default: 2,
      min: 0,
      max: 15,
      step: 0.5,
      label: {
        fr: 'Croissance de la marge avec l’ancienneté (scénario central)',
        en: 'Margin growth with tenure (central scenario)',
      },
      help: {
        fr: 'De combien la marge d’un client progresse chaque année où il reste : achats accrus, recommandations, service moins coûteux, selon Reichheld dans The Loyalty Effect (livre que nous n’avons pas consulté). Reinartz et Kumar n’ont pas retrouvé ces mécanismes de façon fiable. 2 % est notre choix, entre 0 et 5 %.',
        en: 'How much a customer’s margin grows each year they stay: more purchases, referrals, cheaper service, according to Reichheld in The Loyalty Effect (a book we have not consulted). Reinartz and Kumar did not reliably find these mechanisms. 2% is our choice, between 0 and 5%.',
      },
      sources: ['reinartz2002'],
      ours: true,
    },
    {
      name: 'acquisitionCost',
      unit: 'money',
      default: 0,
      min: 0,
      max: 1e13,
      step: 100,
      slider: { min: 0, max: 50_000 },
      label: { fr: 'Coût d’acquisition par client', en: 'Acquisition cost per customer' },
      help: {
        fr: 'Ce que coûte l’arrivée d’un client ; il est retranché des deux valeurs et ne change donc pas le gain en argent.',
        en: 'What winning a customer costs; it is taken off both values, so it leaves the money gain unchanged.',
      },
      sources: [],
    },
    {
      name: 'customers',
      unit: 'count',
      default: 200,
      min: 1,
      max: 1e9,
      integer: true,
      step: 1,
      slider: { min: 1, max: 10_000 },
      label: { fr: 'Nombre de clients', en: 'Number of customers' },
      help: {
        fr: 'Les clients dont la fidélisation progresserait.',
        en: 'The customers whose retention would improve.',
      },
      sources: [],
    },
  ],
  rules: [
    {
      field: 'retentionGain',
      valid: (v) => v.retentionGain <= 99 - v.retention,
      message: {
        fr: 'La fidélisation après le gain ne peut pas dépasser 99 % : le gain doit rester inférieur ou égal à 99 moins le taux actuel.',
        en: 'Retention after the gain cannot exceed 99%: the gain must be at most 99 minus the current rate.',
      },
    },
    {
      field: 'retention',
      valid: (v) => finite(v, v.retention),
      message: {
        fr: 'Avec ces chiffres, la valeur client serait infinie : la fidélisation, multipliée par 1 + la croissance de la marge (jusqu’à 5 % dans le scénario haut), doit rester inférieure à 1 + le taux d’actualisation. Baissez la fidélisation ou relevez le taux d’actualisation.',
        en: 'With these figures the customer value would be infinite: retention times 1 + margin growth (up to 5% in the high scenario) must stay below 1 + the discount rate. Lower the retention or raise the discount rate.',
      },
    },
    {
      field: 'retentionGain',
      valid: (v) => finite(v, v.retention + v.retentionGain),
      message: {
        fr: 'Avec ce gain, la valeur client serait infinie : la fidélisation visée, multipliée par 1 + la croissance de la marge (jusqu’à 5 % dans le scénario haut), doit rester inférieure à 1 + le taux d’actualisation. Réduisez le gain ou la croissance de la marge, ou relevez le taux d’actualisation.',
        en: 'With this gain the customer value would be infinite: the target retention times 1 + margin growth (up to 5% in the high scenario) must stay below 1 + the discount rate. Reduce the gain or the margin growth, or raise the discount rate.',
      },
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Croissance annuelle de la marge avec l’ancienneté (g)',
        en: 'Yearly margin growth with tenure (g)',
      },
      unit: 'percent',
      values: {
        low: {
          value: LOW,
          sources: ['gupta2004'],
          note: {
            fr: 'Aucun effet de fidélité : marge constante, la forme de base de la valeur client.',
            en: 'No loyalty effect: a flat margin, the basic form of customer lifetime value.',
          },
        },
        central: {
          value: { input: 'marginGrowth' },
          sources: [],
          ours: true,
          note: {
            fr: 'Votre saisie ; 2 % par défaut, notre choix entre les deux bornes.',
            en: 'Your input; 2% by default, our choice between the two bounds.',
          },
        },
        high: {
          value: HIGH,
          sources: ['reinartz2002'],
          ours: true,
          note: {
            fr: 'Les mécanismes de fidélité que défend Reichheld dans The Loyalty Effect (non consulté : achats accrus, recommandations, coût de service plus bas), chiffrés par nous à 5 % par an ; Reinartz et Kumar ne les ont pas retrouvés de façon fiable : c’est la borne optimiste.',
            en: 'The loyalty mechanisms Reichheld argues for in The Loyalty Effect (not consulted: more spending, referrals, lower cost to serve), set by us at 5% a year; Reinartz and Kumar did not reliably find them: this is the optimistic bound.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'clvNow',
      unit: 'money',
      label: { fr: 'Valeur client actuelle', en: 'Customer lifetime value now' },
    },
    {
      name: 'clvAfter',
      unit: 'money',
      label: { fr: 'Valeur client après le gain', en: 'Customer lifetime value after the gain' },
    },
    {
      name: 'clvGain',
      unit: 'money',
      label: { fr: 'Gain de valeur par client', en: 'Value gained per customer' },
    },
    {
      name: 'clvGainPercent',
      unit: 'percent',
      label: { fr: 'Hausse de la valeur client', en: 'Rise in customer lifetime value' },
      digits: 2,
    },
    {
      name: 'portfolioGain',
      unit: 'money',
      label: { fr: 'Gain sur l’ensemble des clients', en: 'Gain across all customers' },
    },
    {
      name: 'portfolioGainLow',
      unit: 'money',
      label: { fr: 'Gain, scénario bas', en: 'Gain, low scenario' },
    },
    {
      name: 'portfolioGainHigh',
      unit: 'money',
      label: { fr: 'Gain, scénario haut', en: 'Gain, high scenario' },
    },
    {
      name: 'baseMultiplier',
      unit: 'ratio',
      label: {
        fr: 'Taille de la clientèle à l’équilibre (multiplicateur)',
        en: 'Steady-state customer base (multiplier)',
      },
      digits: 4,
    },
  ],
  bands: [{ central: 'portfolioGain', low: 'portfolioGainLow', high: 'portfolioGainHigh' }],
  bandReason: {
    fr: 'La fourchette ne tient qu’à la croissance de la marge avec l’ancienneté, de 0 % (aucun effet de fidélité) à 5 % par an : mesurez l’évolution de la marge de vos clients fidèles pour la resserrer.',
    en: 'The band comes only from margin growth with tenure, from 0% (no loyalty effect) to 5% a year: track how your loyal customers’ margin changes to narrow it.',
  },
  details: ['clvNow', 'clvAfter', 'clvGain', 'clvGainPercent', 'baseMultiplier'],
  compute(values) {
    const g = values.marginGrowth;
    const after = values.retention + values.retentionGain;
    const clvNow = clv(values, values.retention, g);
    const clvAfter = clv(values, after, g);
    const clvGain = clvAfter - clvNow;
    return {
      clvNow,
      clvAfter,
      clvGain,
      clvGainPercent: clvNow === 0 ? null : (clvGain / clvNow) * 100,
      portfolioGain: portfolioGain(values, g),
      portfolioGainLow: portfolioGain(values, LOW),
      portfolioGainHigh: portfolioGain(values, HIGH),
      baseMultiplier: (100 - values.retention) / (100 - after),
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const after = values.retention + values.retentionGain;
    const from = Math.min(50, values.retention);
    const to = Math.max(95, after);
    const xs = Array.from({ length: 46 }, (_, i) => from + ((to - from) * i) / 45);
    const g = values.marginGrowth;
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr ? 'Le gain selon les trois scénarios' : 'The gain in the three scenarios',
        summary: fr
          ? 'Gain de valeur sur l’ensemble des clients en scénario bas, central et haut.'
          : 'Value gained across all customers in the low, central and high scenarios.',
        rows: [
          {
            label: fr ? 'Gain sur l’ensemble des clients' : 'Gain across all customers',
            low: results.portfolioGainLow,
            central: results.portfolioGain,
            high: results.portfolioGainHigh,
          },
        ],
      },
      {
        id: 'curve',
        kind: 'line',
        title: fr ? 'La valeur client selon la fidélisation' : 'Customer value by retention rate',
        summary: fr
          ? 'Valeur client (scénario central) selon le taux de fidélisation, avec vos deux points marqués : la courbe monte de plus en plus vite, si bien que les derniers points de fidélisation valent le plus.'
          : 'Customer lifetime value (central scenario) by retention rate, with your two points marked: the curve bends upwards, so the last points of retention are worth the most.',
        x: { label: fr ? 'Fidélisation annuelle' : 'Annual retention', unit: 'percent' },
        y: { label: fr ? 'Valeur client' : 'Customer lifetime value', unit: 'money' },
        series: [
          {
            name: fr ? 'Valeur client' : 'Customer lifetime value',
            points: xs.map(
              (x) => [x, denominator(values, x, g) > 0 ? clv(values, x, g) : null] as const,
            ),
          },
        ],
        marks: [
          { x: values.retention, y: results.clvNow ?? 0, label: fr ? 'Aujourd’hui' : 'Now' },
          { x: after, y: results.clvAfter ?? 0, label: fr ? 'Après le gain' : 'After the gain' },
        ],
      },
      {
        id: 'benchmark',
        kind: 'range',
        unit: 'percent',
        title: fr
          ? 'Votre hausse à côté de Reichheld et Sasser'
          : 'Your rise beside Reichheld and Sasser',
        summary: fr
          ? 'Votre hausse de valeur client, à côté des hausses de bénéfice de 30 % (entretien automobile) à 85 % (agences bancaires) citées en exemple par Reichheld et Sasser (1990) pour 5 points de défection en moins : ce sont deux mesures différentes (valeur d’un client contre bénéfice de l’entreprise), à comparer avec prudence.'
          : 'Your rise in customer lifetime value beside the profit rises of 30% (auto service) to 85% (bank branches) that Reichheld and Sasser (1990) gave as examples for 5 points fewer defections: these are different measures (one customer’s value versus company profit), so compare them with care.',
        rows: [
          {
            label: fr ? 'Votre hausse de valeur client' : 'Your rise in customer value',
            central: results.clvGainPercent,
          },
          {
            label: fr
              ? 'Bénéfice, Reichheld et Sasser (1990)'
              : 'Profit, Reichheld and Sasser (1990)',
            low: REICHHELD.low,
            high: REICHHELD.high,
          },
        ],
      },
    ];
  },
};

export default retention;
