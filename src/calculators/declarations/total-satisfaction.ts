import { revenueInput } from '../inputs.ts';
import type { Declaration } from '../model.ts';

type Name =
  | 'revenue'
  | 'customers'
  | 'shareTotally'
  | 'shareSomewhat'
  | 'shareNeutral'
  | 'shareSomewhatDissatisfied'
  | 'shareTotallyDissatisfied'
  | 'moved'
  | 'ratio'
  | 'neutralWeight'
  | 'dissatisfiedWeight'
  | 'realisation';
type Result =
  'revenuePerSomewhat' | 'customersMoved' | 'revenueGain' | 'revenueGainLow' | 'revenueGainHigh';

/** Editorial allowance for selection bias: big accounts tend to be both larger and happier. */
const LOW = 1.5;
/** IBM Rochester's "3 to 1", as reported by InfoQuest (a vendor; the original not traced). */
const HIGH = 3;
/** InfoQuest: a totally satisfied customer brings 14 times a somewhat dissatisfied one. */
const DISSATISFIED_DIVISOR = 14;
/** How far the five shares may drift from 100 % (rounded survey figures). */
const SUM_TOLERANCE = 0.5;

/** The five shares of the satisfaction mix, in the order of the survey scale. */
const SHARES = [
  'shareTotally',
  'shareSomewhat',
  'shareNeutral',
  'shareSomewhatDissatisfied',
  'shareTotallyDissatisfied',
] as const;

/**
 * The revenue weight of the whole mix, in "somewhat satisfied customers", so that one somewhat
 * satisfied customer's revenue can be recovered from the total. With shares as fractions:
 * Σ(k) = shareTotally·k + shareSomewhat + shareNeutral·neutralWeight
 *        + shareSomewhatDissatisfied·k/14 + shareTotallyDissatisfied·dissatisfiedWeight.
 * Example (defaults, k = 2.6): 0.78 + 0.45 + 0.075 + 0.013 + 0.003 = 1.321.
 */
export function mixWeight(values: Record<Name, number>, k: number): number {
  return (
    (values.shareTotally / 100) * k +
    values.shareSomewhat / 100 +
    (values.shareNeutral / 100) * values.neutralWeight +
    ((values.shareSomewhatDissatisfied / 100) * k) / DISSATISFIED_DIVISOR +
    (values.shareTotallyDissatisfied / 100) * values.dissatisfiedWeight
  );
}

/**
 * What one somewhat satisfied customer brings in, the unit every other group is weighed in:
 * perSomewhat(k) = revenue / (customers × Σ(k)); `null` when the mix gives no customer any
 * revenue weight (Σ(k) = 0), so no revenue can be shared out.
 * Example (defaults, k = 2.6): 10 000 000 / (200 × 1.321) ≈ 37 850.11.
 */
export function revenuePerSomewhat(values: Record<Name, number>, k: number): number | null {
  const perCustomer = values.revenue / (values.customers * mixWeight(values, k));
  return Number.isFinite(perCustomer) ? perCustomer : null;
}

/**
 * The yearly revenue that follows when part of the somewhat satisfied become totally satisfied:
 * revenueGain(k) = customersMoved × perSomewhat(k) × (k − 1) × realisation, with
 * customersMoved = customers × shareSomewhat × moved. Computed as
 * revenue × (shareSomewhat / Σ(k)) × moved × (k − 1) × realisation, the same product with the
 * customer count cancelled, so it stays finite; 0 when nobody is somewhat satisfied.
 * Example (defaults, k = 2.6): 18 × 37 850.11 × 1.6 × 0.5 ≈ 545 041.64.
 */
export function revenueGain(values: Record<Name, number>, k: number): number {
  const weight = mixWeight(values, k);
  if (weight === 0 || values.shareSomewhat === 0) return 0;
  const somewhatShareOfWeight = values.shareSomewhat / 100 / weight;
  return (
    values.revenue *
    somewhatShareOfWeight *
    (values.moved / 100) *
    (k - 1) *
    (values.realisation / 100)
  );
}

/** The mix after the move: the converted share leaves "somewhat" for "totally" satisfied. */
function mixAfter(values: Record<Name, number>): Record<(typeof SHARES)[number], number> {
  const converted = (values.shareSomewhat * values.moved) / 100;
  return {
    shareTotally: values.shareTotally + converted,
    shareSomewhat: values.shareSomewhat - converted,
    shareNeutral: values.shareNeutral,
    shareSomewhatDissatisfied: values.shareSomewhatDissatisfied,
    shareTotallyDissatisfied: values.shareTotallyDissatisfied,
  };
}

/** Names of the five groups, as the mix chart shows them. */
const GROUP_NAMES: Record<(typeof SHARES)[number], { fr: string; en: string }> = {
  shareTotally: { fr: 'Totalement satisfaits', en: 'Totally satisfied' },
  shareSomewhat: { fr: 'Plutôt satisfaits', en: 'Somewhat satisfied' },
  shareNeutral: { fr: 'Neutres', en: 'Neutral' },
  shareSomewhatDissatisfied: { fr: 'Plutôt insatisfaits', en: 'Somewhat dissatisfied' },
  shareTotallyDissatisfied: { fr: 'Totalement insatisfaits', en: 'Totally dissatisfied' },
};

/** Calculator 2: from "somewhat" to "totally" satisfied (specification, section 2). */
const satisfaction: Declaration<Name, Result> = {
  id: 'total-satisfaction',
  order: 2,
  slug: { fr: 'satisfaction-totale', en: 'total-satisfaction' },
  title: {
    fr: 'De « plutôt » à « totalement » satisfait',
    en: 'From somewhat to totally satisfied',
  },
  question: {
    fr: 'Que rapporte le passage d’une partie de mes clients « plutôt satisfaits » à « totalement satisfaits » ?',
    en: 'What is it worth to turn some of my “somewhat satisfied” customers into “totally satisfied” ones?',
  },
  formula: {
    fr: 'CA par client plutôt satisfait = CA / (clients × Σ(k)), où Σ(k) additionne les parts pondérées (k pour les totalement satisfaits, k/14 pour les plutôt insatisfaits) ; gain = clients convertis × CA par client plutôt satisfait × (k − 1) × réalisation',
    en: 'revenue per somewhat satisfied customer = revenue / (customers × Σ(k)), where Σ(k) adds up the weighted shares (k for totally satisfied, k/14 for somewhat dissatisfied); gain = customers moved × revenue per somewhat satisfied customer × (k − 1) × realisation',
  },
  inputs: [
    revenueInput({
      fr: 'Le chiffre d’affaires réalisé avec les clients couverts par votre enquête de satisfaction.',
      en: 'Revenue from the customers your satisfaction survey covers.',
    }),
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
        fr: 'Le nombre de clients actifs qui forment ce chiffre d’affaires.',
        en: 'How many active customers make up that revenue.',
      },
      sources: [],
    },
    {
      name: 'shareTotally',
      unit: 'percent',
      default: 30,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part de clients totalement satisfaits', en: 'Share totally satisfied' },
      help: {
        fr: 'La part de vos clients qui donnent la meilleure note de satisfaction.',
        en: 'The share of your customers who give the top satisfaction score.',
      },
      sources: [],
    },
    {
      name: 'shareSomewhat',
      unit: 'percent',
      default: 45,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part de clients plutôt satisfaits', en: 'Share somewhat satisfied' },
      help: {
        fr: 'La part de vos clients satisfaits sans plus : le groupe que le calcul cherche à faire progresser.',
        en: 'The share who are satisfied but no more: the group this calculator is about moving up.',
      },
      sources: [],
    },
    {
      name: 'shareNeutral',
      unit: 'percent',
      default: 15,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part de clients neutres', en: 'Share neutral' },
      help: {
        fr: 'La part de vos clients ni satisfaits ni insatisfaits.',
        en: 'The share who are neither satisfied nor dissatisfied.',
      },
      sources: [],
    },
    {
      name: 'shareSomewhatDissatisfied',
      unit: 'percent',
      default: 7,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part de clients plutôt insatisfaits', en: 'Share somewhat dissatisfied' },
      help: {
        fr: 'La part de vos clients plutôt mécontents.',
        en: 'The share who are somewhat dissatisfied.',
      },
      sources: [],
    },
    {
      name: 'shareTotallyDissatisfied',
      unit: 'percent',
      default: 3,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part de clients totalement insatisfaits', en: 'Share totally dissatisfied' },
      help: {
        fr: 'La part de vos clients qui donnent la plus mauvaise note ; les cinq parts doivent totaliser 100 %.',
        en: 'The share who give the lowest score; the five shares must add up to 100%.',
      },
      sources: [],
    },
    {
      name: 'moved',
      unit: 'percent',
      default: 20,
      min: 0,
      max: 100,
      step: 1,
      label: {
        fr: 'Part des plutôt satisfaits qui deviennent totalement satisfaits',
        en: 'Share of the somewhat satisfied who become totally satisfied',
      },
      help: {
        fr: 'Votre objectif : la part des clients plutôt satisfaits que vous pensez faire passer à la note maximale.',
        en: 'Your goal: the share of somewhat satisfied customers you expect to move up to the top score.',
      },
      sources: [],
    },
    {
      name: 'ratio',
      unit: 'ratio',
      default: 2.6,
      min: 1,
      max: 5,
      step: 0.1,
      label: {
        fr: 'Rapport de chiffre d’affaires totalement / plutôt satisfait (scénario central)',
        en: 'Revenue ratio, totally vs somewhat satisfied (central scenario)',
      },
      help: {
        fr: 'Combien de fois plus rapporte un client totalement satisfait qu’un client plutôt satisfait. 2,6 selon l’analyse de plus de 20 000 enquêtes B2B d’InfoQuest.',
        en: 'How many times more a totally satisfied customer brings in than a somewhat satisfied one. 2.6 in InfoQuest’s analysis of over 20,000 B2B surveys.',
      },
      sources: ['infoquest'],
    },
    {
      name: 'neutralWeight',
      unit: 'ratio',
      default: 0.5,
      min: 0,
      max: 1,
      step: 0.05,
      label: {
        fr: 'Poids d’un client neutre',
        en: 'Weight of a neutral customer',
      },
      help: {
        fr: 'Ce que rapporte un client neutre par rapport à un client plutôt satisfait (1 = autant). 0,5 est une hypothèse éditoriale.',
        en: 'What a neutral customer brings in compared with a somewhat satisfied one (1 = as much). 0.5 is an editorial assumption.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'dissatisfiedWeight',
      unit: 'ratio',
      default: 0.1,
      min: 0,
      max: 1,
      step: 0.05,
      label: {
        fr: 'Poids d’un client totalement insatisfait',
        en: 'Weight of a totally dissatisfied customer',
      },
      help: {
        fr: 'Ce que rapporte un client totalement insatisfait par rapport à un client plutôt satisfait. 0,1 est une hypothèse éditoriale.',
        en: 'What a totally dissatisfied customer brings in compared with a somewhat satisfied one. 0.1 is an editorial assumption.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'realisation',
      unit: 'percent',
      default: 50,
      min: 0,
      max: 100,
      step: 5,
      label: { fr: 'Réalisation dans l’année', en: 'Realised within the year' },
      help: {
        fr: 'La part de l’écart de chiffre d’affaires qu’un client converti atteint vraiment dans l’année : un client comble rarement l’écart d’un coup. 50 % est une hypothèse éditoriale.',
        en: 'How much of the revenue gap a converted customer actually closes within the year; few close it at once. 50% is an editorial assumption.',
      },
      sources: [],
      ours: true,
    },
  ],
  rules: [
    {
      field: 'shareTotallyDissatisfied',
      valid: (values) =>
        Math.abs(SHARES.reduce((sum, name) => sum + values[name], 0) - 100) <= SUM_TOLERANCE + 1e-9,
      message: {
        fr: 'Les cinq parts de clients doivent totaliser 100 % (à 0,5 point près) ; corrigez l’une d’elles.',
        en: 'The five customer shares must add up to 100% (within 0.5 points); correct one of them.',
      },
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Rapport de chiffre d’affaires totalement / plutôt satisfait (k)',
        en: 'Revenue ratio, totally vs somewhat satisfied (k)',
      },
      unit: 'ratio',
      values: {
        low: {
          value: LOW,
          sources: [],
          ours: true,
          note: {
            fr: 'Marge éditoriale pour le biais de sélection : les gros comptes sont souvent à la fois plus gros et plus satisfaits.',
            en: 'Editorial allowance for selection bias: big accounts tend to be both larger and happier.',
          },
        },
        central: {
          value: { input: 'ratio' },
          sources: ['infoquest'],
          note: {
            fr: 'Votre saisie ; 2,6 par défaut, d’après plus de 20 000 enquêtes B2B d’InfoQuest (données de prestataire, non publiées dans une revue).',
            en: 'Your input; 2.6 by default, from over 20,000 InfoQuest B2B surveys (vendor data, not peer-reviewed).',
          },
        },
        high: {
          value: HIGH,
          sources: ['infoquest'],
          ours: true,
          note: {
            fr: 'Notre approximation : le « 3 pour 1 » d’IBM Rochester, rapporté par InfoQuest, compare la croissance du chiffre d’affaires de clients très satisfaits et satisfaits ; nous l’utilisons comme rapport de chiffre d’affaires entre clients totalement et plutôt satisfaits, une mesure voisine mais pas identique. L’étude d’origine n’a pas été vue.',
            en: 'Our proxy: IBM Rochester’s “3 to 1”, reported by InfoQuest, compares revenue growth between very satisfied and satisfied customers; we use it as a ratio of revenue between totally and somewhat satisfied customers, a related but different measure. The original study was not seen.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'revenuePerSomewhat',
      unit: 'money',
      label: {
        fr: 'Chiffre d’affaires par client plutôt satisfait',
        en: 'Revenue per somewhat satisfied customer',
      },
    },
    {
      name: 'customersMoved',
      unit: 'count',
      digits: 1,
      label: { fr: 'Clients convertis', en: 'Customers moved up' },
    },
    {
      name: 'revenueGain',
      unit: 'money',
      label: { fr: 'Gain de chiffre d’affaires annuel', en: 'Yearly revenue gain' },
    },
    {
      name: 'revenueGainLow',
      unit: 'money',
      label: { fr: 'Gain, scénario bas', en: 'Gain, low scenario' },
    },
    {
      name: 'revenueGainHigh',
      unit: 'money',
      label: { fr: 'Gain, scénario haut', en: 'Gain, high scenario' },
    },
  ],
  bands: [{ central: 'revenueGain', low: 'revenueGainLow', high: 'revenueGainHigh' }],
  bandReason: {
    fr: 'La fourchette va de notre marge prudente pour le biais de sélection (1,5) à 3, notre approximation tirée du « 3 pour 1 » d’IBM Rochester (un rapport de croissance, pas de chiffre d’affaires) : les rapports publiés viennent de données de prestataire, pas d’une expérience.',
    en: 'The band runs from our cautious allowance for selection bias (1.5) to 3, our proxy from IBM Rochester’s “3 to 1” (a ratio of growth, not of revenue): the published ratios come from vendor data, not from an experiment.',
  },
  details: ['revenuePerSomewhat', 'customersMoved'],
  compute(values) {
    return {
      revenuePerSomewhat: revenuePerSomewhat(values, values.ratio),
      customersMoved: values.customers * (values.shareSomewhat / 100) * (values.moved / 100),
      revenueGain: revenueGain(values, values.ratio),
      revenueGainLow: revenueGain(values, LOW),
      revenueGainHigh: revenueGain(values, HIGH),
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const after = mixAfter(values);
    const segments = (mix: Record<(typeof SHARES)[number], number>) =>
      SHARES.map((name) => ({
        name: GROUP_NAMES[name][lang],
        value: mix[name],
        ...(name === 'shareTotally' ? { hatch: true } : {}),
      }));
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr ? 'Le gain selon les trois scénarios' : 'The gain in the three scenarios',
        summary: fr
          ? 'Gain de chiffre d’affaires annuel en scénario bas, central et haut.'
          : 'Yearly revenue gain in the low, central and high scenarios.',
        rows: [
          {
            label: fr ? 'Gain de chiffre d’affaires' : 'Revenue gain',
            low: results.revenueGainLow,
            central: results.revenueGain,
            high: results.revenueGainHigh,
          },
        ],
      },
      {
        id: 'mix',
        kind: 'bars',
        unit: 'percent',
        title: fr ? 'La satisfaction avant et après' : 'Satisfaction before and after',
        summary: fr
          ? 'Répartition des clients entre les cinq niveaux de satisfaction, aujourd’hui et après le passage des plutôt satisfaits convertis ; les totalement satisfaits sont hachurés.'
          : 'How customers split across the five satisfaction levels, today and once the converted somewhat satisfied have moved up; totally satisfied customers are hatched.',
        bars: [
          { label: fr ? 'Aujourd’hui' : 'Today', segments: segments(values) },
          { label: fr ? 'Après' : 'After the move', segments: segments(after) },
        ],
      },
    ];
  },
};

export default satisfaction;
