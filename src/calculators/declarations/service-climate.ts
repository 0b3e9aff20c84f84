import { revenueInput } from '../inputs.ts';
import type { Declaration } from '../model.ts';

type Name = 'revenue' | 'climateNow' | 'climateTarget' | 'attribution' | 'elasticity';
type Result =
  'climateChange' | 'revenueGain' | 'revenueGainLow' | 'revenueGainHigh' | 'revenueGainPercent';

/**
 * Our conversion of the Sears model, not a source's figure: +5 units on an index assumed to run
 * 0–100 and to start at 60 is +8.3 %; read as half a point of revenue growth, 0.5 / 8.3 ≈ 0.06.
 */
const LOW = 0.06;
/** "1 % of climate → 2 % of revenue" (Goleman, Boyatzis & McKee 2002; primary study not traced). */
const HIGH = 2;

/**
 * Revenue that could follow a better service climate.
 * With d = (climateTarget − climateNow) / climateNow:
 * revenueGain(e) = revenue × e × d × attribution/100.
 * Example (defaults): d = 0.1, revenueGain(0.35) = 10 000 000 × 0.35 × 0.1 × 0.5 = 175 000.
 */
export function revenueGain(values: Record<Name, number>, elasticity: number): number {
  const d = (values.climateTarget - values.climateNow) / values.climateNow;
  return values.revenue * elasticity * d * (values.attribution / 100);
}

/** Calculator 1: service climate → revenue (specification, section 1). */
const climate: Declaration<Name, Result> = {
  id: 'service-climate',
  order: 1,
  slug: { fr: 'climat-de-service', en: 'service-climate' },
  title: { fr: 'Climat de service → chiffre d’affaires', en: 'Service climate → revenue' },
  question: {
    fr: 'Si notre score de climat de service interne passe de X à Y, quel chiffre d’affaires pourrait aller de pair ?',
    en: 'If we raise our internal service-climate score from X to Y, what revenue could go with it?',
  },
  formula: {
    fr: 'gain = chiffre d’affaires × élasticité × (cible − actuel) / actuel × attribution',
    en: 'gain = revenue × elasticity × (target − current) / current × attribution',
  },
  inputs: [
    revenueInput({
      fr: 'Le chiffre d’affaires de l’entité dont vous mesurez le climat.',
      en: 'Revenue of the unit whose climate you measure.',
    }),
    {
      name: 'climateNow',
      unit: 'points',
      default: 60,
      min: 1,
      max: 100,
      step: 1,
      label: { fr: 'Score de climat actuel', en: 'Current climate score' },
      help: {
        fr: 'Votre indice de climat de service sur 100, tel que votre enquête interne le mesure.',
        en: 'Your service-climate index out of 100, as your staff survey measures it.',
      },
      sources: [],
    },
    {
      name: 'climateTarget',
      unit: 'points',
      default: 66,
      min: 1,
      max: 100,
      step: 1,
      label: { fr: 'Score de climat visé', en: 'Target climate score' },
      help: {
        fr: 'Le score que vous visez ; en dessous du score actuel, le calcul montre une perte.',
        en: 'The score you aim for; below the current score, the result is a loss.',
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
      label: { fr: 'Part attribuée à votre initiative', en: 'Share credited to your initiative' },
      help: {
        fr: 'La part de l’effet que vous attribuez à votre propre action plutôt qu’au marché ou à d’autres projets.',
        en: 'The share of the effect you credit to your own initiative rather than to the market or other projects.',
      },
      sources: ['gelade2005'],
      ours: true,
    },
    {
      name: 'elasticity',
      unit: 'ratio',
      default: 0.35,
      min: 0,
      max: 3,
      step: 0.01,
      label: { fr: 'Élasticité (scénario central)', en: 'Elasticity (central scenario)' },
      help: {
        fr: 'Hausse du chiffre d’affaires, en %, pour 1 % de climat en plus. 0,35 est notre choix, entre 0,06 (notre conversion du modèle Sears) et 2 (Goleman et ses coauteurs), plus près du bas.',
        en: 'Revenue rise, in %, for each 1% of climate. 0.35 is our choice, between 0.06 (our conversion of the Sears model) and 2 (Goleman and co-authors), nearer the bottom.',
      },
      sources: ['rucci1998', 'goleman2002'],
      ours: true,
    },
  ],
  coefficients: [
    {
      label: {
        fr: 'Élasticité du chiffre d’affaires au climat',
        en: 'Revenue elasticity to climate',
      },
      unit: 'ratio',
      values: {
        low: {
          value: LOW,
          sources: ['rucci1998'],
          ours: true,
          note: {
            fr: 'Notre conversion du modèle Sears, pas un chiffre de la source : en supposant un indice de 0 à 100 qui part de 60, +5 unités font +8,3 % ; en lisant le « 0,5 % » de croissance comme un demi-point (notre lecture), et en laissant l’indice d’attitude des employés de Sears tenir lieu d’indice de climat, l’élasticité vaut 0,5 ÷ 8,3 ≈ 0,06.',
            en: 'Our conversion of the Sears model, not a figure from the source: assuming an index running 0–100 and starting at 60, +5 units is +8.3%; reading the “0.5%” of growth as half a point (our reading), and letting Sears’ employee-attitude index stand in for a climate index, the elasticity is 0.5 ÷ 8.3 ≈ 0.06.',
          },
        },
        central: {
          value: { input: 'elasticity' },
          sources: [],
          ours: true,
          note: {
            fr: 'Votre saisie ; 0,35 par défaut, notre choix entre les valeurs basse et haute.',
            en: 'Your input; 0.35 by default, our choice between the low and high values.',
          },
        },
        high: {
          value: HIGH,
          sources: ['goleman2002'],
          note: {
            fr: '« 1 % de climat → 2 % de chiffre d’affaires », tel que le livre l’affirme ; l’étude sur laquelle il s’appuie n’a pas été retrouvée.',
            en: '“1% of climate → 2% of revenue”, as the book states it; the study behind it was not traced.',
          },
        },
      },
    },
  ],
  outputs: [
    {
      name: 'climateChange',
      unit: 'percent',
      label: { fr: 'Variation du climat', en: 'Climate change' },
    },
    {
      name: 'revenueGain',
      unit: 'money',
      label: { fr: 'Gain de chiffre d’affaires', en: 'Revenue gain' },
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
    {
      name: 'revenueGainPercent',
      unit: 'percent',
      label: { fr: 'Gain en % du chiffre d’affaires', en: 'Gain as % of revenue' },
    },
  ],
  bands: [{ central: 'revenueGain', low: 'revenueGainLow', high: 'revenueGainHigh' }],
  bandReason: {
    fr: 'Le haut de la fourchette vaut environ 33 fois le bas, parce que notre conversion du modèle Sears et le chiffre de Goleman et de ses coauteurs sont très éloignés : mesurez le lien entre votre climat et la satisfaction de vos clients pour la resserrer.',
    en: 'The top of the band is about 33 times the bottom because our conversion of the Sears model and Goleman and co-authors’ figure are far apart: measure your own link between climate and customer satisfaction to narrow it.',
  },
  details: ['climateChange', 'revenueGainPercent'],
  compute(values) {
    const gain = revenueGain(values, values.elasticity);
    return {
      climateChange: ((values.climateTarget - values.climateNow) / values.climateNow) * 100,
      revenueGain: gain,
      revenueGainLow: revenueGain(values, LOW),
      revenueGainHigh: revenueGain(values, HIGH),
      revenueGainPercent: (gain / values.revenue) * 100,
    };
  },
  charts(values, results, lang) {
    const fr = lang === 'fr';
    const from = Math.min(values.climateNow, values.climateTarget);
    const xs = Array.from({ length: 21 }, (_, i) => from + ((100 - from) * i) / 20);
    return [
      {
        id: 'band',
        kind: 'range',
        unit: 'money',
        title: fr ? 'Le gain selon les trois scénarios' : 'The gain in the three scenarios',
        summary: fr
          ? 'Gain de chiffre d’affaires en scénario bas, central et haut.'
          : 'Revenue gain in the low, central and high scenarios.',
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
        id: 'curve',
        kind: 'line',
        title: fr ? 'Le gain selon le score visé' : 'The gain by target score',
        summary: fr
          ? 'Gain central selon le score de climat visé, du score actuel à 100, avec votre cible marquée.'
          : 'Central gain by target climate score, from the current score to 100, with your target marked.',
        x: { label: fr ? 'Score visé' : 'Target score', unit: 'points' },
        y: { label: fr ? 'Gain central' : 'Central gain', unit: 'money' },
        series: [
          {
            name: fr ? 'Gain central' : 'Central gain',
            points: xs.map(
              (x) => [x, revenueGain({ ...values, climateTarget: x }, values.elasticity)] as const,
            ),
          },
        ],
        marks: [
          {
            x: values.climateTarget,
            y: results.revenueGain ?? 0,
            label: fr ? 'Votre cible' : 'Your target',
          },
        ],
      },
    ];
  },
};

export default climate;
