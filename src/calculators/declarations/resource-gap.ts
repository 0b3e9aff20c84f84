import type { Declaration } from '../model.ts';

type Name =
  | 'employees'
  | 'knowExpectations'
  | 'haveResources'
  | 'targetResources'
  | 'hoursLost'
  | 'hourlyCost'
  | 'weeks'
  | 'interactions'
  | 'needShare'
  | 'failRate'
  | 'churnRate'
  | 'customerValue';
type Result =
  | 'gapPoints'
  | 'employeesInGap'
  | 'productivityCost'
  | 'customersAtRisk'
  | 'revenueAtRisk'
  | 'totalCost'
  | 'totalCostLow'
  | 'totalCostHigh';

/** The scenario factor applied to the four editorial assumptions: halved, as entered, raised by half. */
const FACTOR = { low: 0.5, central: 1, high: 1.5 } as const;

/** The cost of the gap in one scenario, broken into its parts. */
export interface GapCost {
  employeesInGap: number;
  productivityCost: number;
  customersAtRisk: number;
  revenueAtRisk: number;
  totalCost: number;
}

/**
 * What the gap between knowing and being able costs in one scenario, so the band can show what
 * halving or raising the editorial assumptions by half does. Percentages as fractions, f the factor:
 * productivityCost = employees × max(0, know − have) × hoursLost·f × hourlyCost × weeks;
 * customersAtRisk = interactions × (target − have) × min(1, needShare·f) × min(1, failRate·f) ×
 * min(1, churnRate·f); totalCost = productivityCost + customersAtRisk × customerValue.
 * Example (defaults, f = 1): 20 × 2 × 40 × 46 = 73 600; 20 000 × 0.4 × 0.1 × 0.3 × 0.15 = 36
 * customers × 1 500 = 54 000; total 127 600.
 */
export function gapCost(values: Record<Name, number>, f: number): GapCost {
  const gap = Math.max(0, values.knowExpectations - values.haveResources) / 100;
  const employeesInGap = values.employees * gap;
  const productivityCost = employeesInGap * values.hoursLost * f * values.hourlyCost * values.weeks;
  const rate = (percent: number) => Math.min(1, (percent / 100) * f);
  const customersAtRisk =
    values.interactions *
    ((values.targetResources - values.haveResources) / 100) *
    rate(values.needShare) *
    rate(values.failRate) *
    rate(values.churnRate);
  const revenueAtRisk = customersAtRisk * values.customerValue;
  return {
    employeesInGap,
    productivityCost,
    customersAtRisk,
    revenueAtRisk,
    totalCost: productivityCost + revenueAtRisk,
  };
}

/** Calculator 6: knowing versus being able, the resource gap (specification, section 6). */
const resources: Declaration<Name, Result> = {
  id: 'resource-gap',
  order: 6,
  slug: { fr: 'ecart-de-ressources', en: 'resource-gap' },
  title: {
    fr: 'Savoir ou pouvoir : l’écart de ressources',
    en: 'Knowing versus being able: the resource gap',
  },
  question: {
    fr: 'La plupart de nos équipes savent ce que le client attend, moins nombreuses sont celles qui ont les moyens d’y répondre. Que coûte cet écart ?',
    en: 'Most of our people know what customers expect, fewer have the means to deliver it. What does that gap cost?',
  },
  formula: {
    fr: 'coût = employés × écart × heures perdues × coût horaire × semaines + contacts × (cible − moyens actuels) × part concernée × échecs × départs × valeur d’un client',
    en: 'cost = employees × gap × hours lost × hourly cost × weeks + interactions × (target − current means) × share affected × failures × departures × customer value',
  },
  inputs: [
    {
      name: 'employees',
      unit: 'count',
      default: 50,
      min: 1,
      max: 1e9,
      integer: true,
      step: 1,
      slider: { min: 1, max: 5000 },
      label: { fr: 'Personnes au contact des clients', en: 'Customer-facing people' },
      help: {
        fr: 'Le nombre de personnes qui servent les clients directement.',
        en: 'How many people serve customers directly.',
      },
      sources: [],
    },
    {
      name: 'knowExpectations',
      unit: 'percent',
      default: 95,
      min: 0,
      max: 100,
      step: 1,
      label: {
        fr: 'Savent ce que le client attend',
        en: 'Know what customers expect',
      },
      help: {
        fr: 'La part de vos équipes qui disent savoir ce que les clients attendent. Le 95 % par défaut vient d’une enquête québécoise telle que son commanditaire, le cabinet Coefficience, la rapporte sur son blog, sans en publier la méthode : mettez votre propre résultat.',
        en: 'The share of your staff who say they know what customers expect. The default 95% comes from a Quebec survey as reported on the blog of its sponsor, the consulting firm Coefficience, which did not publish its method: enter your own result.',
      },
      sources: ['coefficience-blog'],
    },
    {
      name: 'haveResources',
      unit: 'percent',
      default: 55,
      min: 0,
      max: 100,
      step: 1,
      label: {
        fr: 'Ont les moyens d’y répondre',
        en: 'Have the means to deliver it',
      },
      help: {
        fr: 'La part qui disent avoir les outils, le temps, l’information et le droit d’agir pour répondre à ces attentes. Le 55 % par défaut vient du même billet du commanditaire, sans méthode publiée : mettez votre propre résultat.',
        en: 'The share who say they have the tools, time, information and authority to meet those expectations. The default 55% comes from the same sponsor’s post, with no published method: enter your own result.',
      },
      sources: ['coefficience-blog'],
    },
    {
      name: 'targetResources',
      unit: 'percent',
      default: 95,
      min: 0,
      max: 100,
      step: 1,
      label: {
        fr: 'Ont les moyens après action',
        en: 'Have the means after action',
      },
      help: {
        fr: 'La part que vous visez une fois les outils, la formation ou les délégations en place ; au moins la part actuelle.',
        en: 'The share you aim for once tools, training or delegated authority are in place; at least today’s share.',
      },
      sources: [],
    },
    {
      name: 'hoursLost',
      unit: 'hours',
      default: 2,
      min: 0,
      max: 20,
      step: 0.5,
      label: {
        fr: 'Heures perdues par semaine',
        en: 'Hours lost per week',
      },
      help: {
        fr: 'Le temps qu’une personne mal équipée perd chaque semaine à contourner le manque : chercher, relancer, attendre, s’excuser.',
        en: 'The time an under-equipped person loses each week working around what is missing: searching, chasing, waiting, apologising.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'hourlyCost',
      unit: 'money',
      default: 40,
      min: 0,
      max: 1e6,
      minExclusive: true,
      step: 1,
      slider: { min: 10, max: 200 },
      label: { fr: 'Coût horaire chargé', en: 'Loaded hourly cost' },
      help: {
        fr: 'Salaire horaire plus charges et frais liés au poste.',
        en: 'Hourly pay plus payroll taxes and the overheads of the job.',
      },
      sources: [],
    },
    {
      name: 'weeks',
      unit: 'weeks',
      default: 46,
      min: 40,
      max: 52,
      step: 1,
      label: { fr: 'Semaines travaillées par an', en: 'Working weeks per year' },
      help: {
        fr: 'Les semaines de travail effectif, congés et jours fériés déduits.',
        en: 'Weeks actually worked, after holidays and public holidays.',
      },
      sources: [],
    },
    {
      name: 'interactions',
      unit: 'count',
      default: 20_000,
      min: 0,
      max: 1e12,
      step: 100,
      slider: { min: 0, max: 200_000 },
      label: { fr: 'Contacts clients par an', en: 'Customer interactions per year' },
      help: {
        fr: 'Appels, visites, messages et rendez-vous traités en un an.',
        en: 'Calls, visits, messages and appointments handled in a year.',
      },
      sources: [],
    },
    {
      name: 'needShare',
      unit: 'percent',
      default: 10,
      min: 0,
      max: 100,
      step: 1,
      label: {
        fr: 'Contacts qui demandent une ressource manquante',
        en: 'Interactions that need a missing resource',
      },
      help: {
        fr: 'La part des contacts où il faudrait un outil, une information ou une autorisation que la personne n’a pas.',
        en: 'The share of interactions that call for a tool, a piece of information or an authority the person lacks.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'failRate',
      unit: 'percent',
      default: 30,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Part restée sans solution', en: 'Share left unresolved' },
      help: {
        fr: 'Parmi ces contacts, la part qui se termine sans que le problème du client soit réglé.',
        en: 'Of those interactions, the share that end without the customer’s problem being solved.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'churnRate',
      unit: 'percent',
      default: 15,
      min: 0,
      max: 100,
      step: 1,
      label: { fr: 'Clients non satisfaits qui partent', en: 'Unresolved customers who leave' },
      help: {
        fr: 'La part des clients restés sans solution qui vont voir ailleurs.',
        en: 'The share of customers left without a solution who take their business elsewhere.',
      },
      sources: [],
      ours: true,
    },
    {
      name: 'customerValue',
      unit: 'money',
      default: 1500,
      min: 0,
      max: 1e13,
      minExclusive: true,
      step: 100,
      slider: { min: 100, max: 50_000 },
      label: { fr: 'Valeur d’un client perdu', en: 'Value of a lost customer' },
      help: {
        fr: 'La marge qu’un client perdu aurait encore rapportée ; le calculateur « Fidélisation → valeur client » peut l’estimer.',
        en: 'The margin a lost customer would still have brought in; the “Retention → customer lifetime value” calculator can estimate it.',
      },
      sources: [],
    },
  ],
  rules: [
    {
      field: 'targetResources',
      valid: (v) => v.targetResources >= v.haveResources,
      message: {
        fr: 'La cible doit être au moins égale à la part qui a déjà les moyens.',
        en: 'The target must be at least the share who already have the means.',
      },
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Facteur appliqué aux quatre hypothèses (heures perdues, contacts concernés, échecs, départs)',
        en: 'Factor on the four assumptions (hours lost, interactions affected, failures, departures)',
      },
      unit: 'ratio',
      values: {
        low: {
          value: FACTOR.low,
          sources: [],
          ours: true,
          note: {
            fr: 'Les quatre hypothèses divisées par deux ; c’est un test de sensibilité éditorial, pas une mesure.',
            en: 'The four assumptions halved; an editorial sensitivity test, not a measurement.',
          },
        },
        central: {
          value: FACTOR.central,
          sources: [],
          ours: true,
          note: {
            fr: 'Les quatre hypothèses telles que vous les avez saisies ; les valeurs par défaut sont éditoriales.',
            en: 'The four assumptions as you entered them; the defaults are editorial.',
          },
        },
        high: {
          value: FACTOR.high,
          sources: [],
          ours: true,
          note: {
            fr: 'Les quatre hypothèses majorées de moitié, chaque taux plafonné à 100 %.',
            en: 'The four assumptions raised by half, each rate capped at 100%.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'gapPoints',
      unit: 'pp',
      label: { fr: 'Écart entre savoir et pouvoir', en: 'Gap between knowing and being able' },
    },
    {
      name: 'employeesInGap',
      unit: 'count',
      label: { fr: 'Personnes dans l’écart', en: 'People in the gap' },
      digits: 1,
    },
    {
      name: 'productivityCost',
      unit: 'money',
      label: { fr: 'Coût du temps perdu', en: 'Cost of lost time' },
    },
    {
      name: 'customersAtRisk',
      unit: 'count',
      label: { fr: 'Clients perdus évitables', en: 'Avoidable lost customers' },
      digits: 1,
    },
    {
      name: 'revenueAtRisk',
      unit: 'money',
      label: { fr: 'Valeur client perdue', en: 'Customer value lost' },
    },
    {
      name: 'totalCost',
      unit: 'money',
      label: { fr: 'Coût annuel de l’écart', en: 'Yearly cost of the gap' },
    },
    {
      name: 'totalCostLow',
      unit: 'money',
      label: { fr: 'Coût, scénario bas', en: 'Cost, low scenario' },
    },
    {
      name: 'totalCostHigh',
      unit: 'money',
      label: { fr: 'Coût, scénario haut', en: 'Cost, high scenario' },
    },
  ],
  bands: [{ central: 'totalCost', low: 'totalCostLow', high: 'totalCostHigh' }],
  bandReason: {
    fr: 'La fourchette divise par deux ou majore de moitié les quatre hypothèses éditoriales, et trois d’entre elles se multiplient : remplacez-les par vos propres mesures pour la resserrer.',
    en: 'The band halves or raises by half the four editorial assumptions, three of which multiply together: replace them with your own measures to narrow it.',
  },
  details: ['gapPoints', 'employeesInGap', 'productivityCost', 'customersAtRisk', 'revenueAtRisk'],
  compute(values) {
    const central = gapCost(values, FACTOR.central);
    return {
      gapPoints: Math.max(0, values.knowExpectations - values.haveResources),
      employeesInGap: central.employeesInGap,
      productivityCost: central.productivityCost,
      customersAtRisk: central.customersAtRisk,
      revenueAtRisk: central.revenueAtRisk,
      totalCost: central.totalCost,
      totalCostLow: gapCost(values, FACTOR.low).totalCost,
      totalCostHigh: gapCost(values, FACTOR.high).totalCost,
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const gap = Math.max(0, values.knowExpectations - values.haveResources);
    const percent = new Intl.NumberFormat(fr ? 'fr-FR' : 'en-US', { maximumFractionDigits: 1 });
    const know = percent.format(values.knowExpectations);
    const have = percent.format(values.haveResources);
    const scenarios = [
      { label: fr ? 'Scénario bas' : 'Low scenario', cost: gapCost(values, FACTOR.low) },
      {
        label: fr ? 'Scénario central' : 'Central scenario',
        cost: gapCost(values, FACTOR.central),
      },
      { label: fr ? 'Scénario haut' : 'High scenario', cost: gapCost(values, FACTOR.high) },
    ];
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr ? 'Le coût selon les trois scénarios' : 'The cost in the three scenarios',
        summary: fr
          ? 'Coût annuel de l’écart en scénario bas, central et haut.'
          : 'Yearly cost of the gap in the low, central and high scenarios.',
        rows: [
          {
            label: fr ? 'Coût annuel de l’écart' : 'Yearly cost of the gap',
            low: results.totalCostLow,
            central: results.totalCost,
            high: results.totalCostHigh,
          },
        ],
      },
      {
        id: 'gap',
        kind: 'bars',
        unit: 'percent',
        title: fr ? 'Savoir et pouvoir' : 'Knowing and being able',
        summary: fr
          ? `${know} % savent ce que le client attend, ${have} % ont les moyens d’y répondre ; l’écart est hachuré.`
          : `${know}% know what customers expect, ${have}% have the means to deliver it; the gap is hatched.`,
        bars: [
          {
            label: fr ? 'Savent' : 'Know',
            segments: [
              {
                name: fr ? 'Savent ce que le client attend' : 'Know what customers expect',
                value: values.knowExpectations,
              },
            ],
          },
          {
            label: fr ? 'Peuvent' : 'Able',
            segments: [
              {
                name: fr ? 'Ont les moyens' : 'Have the means',
                value: values.haveResources,
              },
              ...(gap > 0 ? [{ name: fr ? 'Écart' : 'Gap', value: gap, hatch: true }] : []),
            ],
          },
        ],
      },
      {
        id: 'components',
        kind: 'bars',
        unit: 'money',
        title: fr ? 'Les deux composantes du coût' : 'The two parts of the cost',
        summary: fr
          ? 'Coût du temps perdu et valeur client perdue, empilés pour chaque scénario.'
          : 'Cost of lost time and customer value lost, stacked for each scenario.',
        bars: scenarios.map(({ label, cost }) => ({
          label,
          segments: [
            {
              name: fr ? 'Coût du temps perdu' : 'Cost of lost time',
              value: cost.productivityCost,
            },
            {
              name: fr ? 'Valeur client perdue' : 'Customer value lost',
              value: cost.revenueAtRisk,
            },
          ],
        })),
      },
    ];
  },
};

export default resources;
