import { LOCALES, type Lang } from '../../i18n/lang.ts';
import type { Declaration, Scenario } from '../model.ts';
import {
  ABSENTEEISM_GAP,
  PRODUCTIVITY_GAP,
  TURNOVER_GAP_HIGH,
  TURNOVER_GAP_LOW,
  annualBenefit,
  benefitComponents,
  cashFlows,
  gaps,
  monthlyCost,
  npv,
  paybackMonth,
  scenarioResults,
  tornado,
  type Name,
  type Result,
  type TornadoRow,
} from '../programme.ts';

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
      return fr ? `Part de l’écart comblée (${range} %)` : `Share of the gap closed (${range}%)`;
    case 'replacementCost':
      return fr ? `Coût de remplacement (${range} %)` : `Replacement cost (${range}%)`;
    case 'attribution':
      return fr ? `Part attribuée (${range} %)` : `Share credited (${range}%)`;
    case 'u':
      return fr ? `Écart de productivité u (${range})` : `Productivity gap u (${range})`;
  }
}

/** Calculator 4: engagement programme ROI (specification, section 4). */
const engagement: Declaration<Name, Result> = {
  id: 'engagement-roi',
  order: 4,
  slug: { fr: 'roi-engagement', en: 'engagement-roi' },
  title: {
    fr: 'ROI d’un programme d’engagement',
    en: 'Engagement programme ROI',
  },
  question: {
    fr: 'Notre programme d’engagement coûte X : quel ROI, quelle valeur actuelle nette et quel point mort peut-on en attendre ?',
    en: 'Our engagement programme costs X: what ROI, net present value and payback month can we expect?',
  },
  formula: {
    fr: 'bénéfice annuel = attribution × q × (effectif × rotation × dT × salaire × coût de remplacement + [productivité] chiffre d’affaires × u × marge + effectif × jours d’absence × dA × salaire / 220) ; flux(m) = bénéfice annuel / 12 × montée(m) − effectif × coût par personne / 12 ; VAN = −coût du programme + Σ flux(m) / (1 + taux)^(m/12) ; ROI = (Σ bénéfices − Σ coûts) / Σ coûts',
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
        fr: 'Le salaire annuel moyen par personne ; il sert à chiffrer un départ et une journée d’absence.',
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
        fr: 'La part de l’écart entre les équipes du quartile supérieur et celles du quartile inférieur de Gallup que votre programme peut combler. Ces écarts opposent des extrêmes : un programme ne parcourt qu’une partie du chemin. 25 % est une hypothèse éditoriale prudente.',
        en: 'How much of the gap between Gallup’s top- and bottom-quartile teams your programme can close. Those gaps compare extremes, and a programme covers only part of the distance. 25% is a cautious editorial assumption.',
      },
      sources: [],
      ours: true,
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
        fr: 'Ce que coûte le départ d’une personne, en % de son salaire annuel : recrutement, intégration, productivité perdue. Les études vont d’une médiane de 21 % à deux fois le salaire ; 50 % est le bas de la fourchette de Gallup.',
        en: 'What one departure costs, as a % of annual salary: hiring, onboarding, lost output. Studies range from a 21% median to twice the salary; 50% is the bottom of Gallup’s range.',
      },
      sources: ['mcfeely2019', 'boushey2012'],
      ours: true,
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
      ours: true,
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
        fr: 'Ce que le lancement coûte une fois pour toutes : enquête, conseil, formation des managers.',
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
        fr: 'Le coût annuel par personne une fois le programme lancé : outils, temps passé, animation.',
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
        fr: 'Le bénéfice monte en ligne droite jusqu’à son plein niveau ; 0 donne le plein effet dès le premier mois.',
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
        fr: 'Votre coût du capital : plus il est élevé, moins les gains lointains pèsent dans la VAN.',
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
        fr: '1 compte la marge sur le surcroît de ventes ; 0 s’en tient à la rotation et à l’absentéisme, le choix prudent si une meilleure productivité ne se traduit pas en ventes.',
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
          ours: true,
          note: {
            fr: 'Notre borne basse prudente : −18 %, chiffre attribué à l’édition 2020, noté de mémoire et par une seule mention secondaire, non vérifié ; nous le gardons seulement parce qu’il est plus prudent que les éditions vérifiées.',
            en: 'Our cautious low bound: −18%, a figure credited to the 2020 edition, noted from memory and one secondary mention, unverified; we keep it only because it is more cautious than the checked editions.',
          },
        },
        central: {
          value: TURNOVER_GAP_HIGH.central,
          sources: ['harter2024'],
          note: {
            fr: '−21 % dans les chiffres actuels de Gallup (probablement l’édition 2024), vus en source secondaire.',
            en: '−21% in Gallup’s current figures (likely the 2024 edition), seen in secondary sources.',
          },
        },
        high: {
          value: TURNOVER_GAP_HIGH.high,
          sources: ['harter2013'],
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
          ours: true,
          note: {
            fr: 'Notre borne basse prudente : −43 %, chiffre attribué à l’édition 2020, noté de mémoire, non vérifié ; gardé parce qu’il est plus prudent que les éditions vérifiées.',
            en: 'Our cautious low bound: −43%, a figure credited to the 2020 edition, noted from memory, unverified; kept because it is more cautious than the checked editions.',
          },
        },
        central: {
          value: TURNOVER_GAP_LOW.central,
          sources: ['harter2024'],
          note: {
            fr: '−51 % dans les chiffres actuels de Gallup (probablement l’édition 2024), vus en source secondaire.',
            en: '−51% in Gallup’s current figures (likely the 2024 edition), seen in secondary sources.',
          },
        },
        high: {
          value: TURNOVER_GAP_LOW.high,
          sources: ['harter2013'],
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
          note: {
            fr: '+14 % de productivité (production) dans les chiffres actuels de Gallup.',
            en: '+14% productivity (production) in Gallup’s current figures.',
          },
        },
        central: {
          value: PRODUCTIVITY_GAP.central,
          sources: ['harter2024'],
          note: {
            fr: '+18 % de productivité (ventes) dans les chiffres actuels de Gallup (probablement l’édition 2024).',
            en: '+18% productivity (sales) in Gallup’s current figures (likely the 2024 edition).',
          },
        },
        high: {
          value: PRODUCTIVITY_GAP.high,
          sources: ['harter2013'],
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
          note: {
            fr: '−37 % d’absentéisme dans l’édition 2012 (publiée en 2013).',
            en: '−37% absenteeism in the 2012 edition (published 2013).',
          },
        },
        central: {
          value: ABSENTEEISM_GAP.central,
          sources: ['harter2024'],
          note: {
            fr: '−78 % d’absentéisme dans les chiffres actuels de Gallup (probablement l’édition 2024).',
            en: '−78% absenteeism in Gallup’s current figures (likely the 2024 edition).',
          },
        },
        high: {
          value: ABSENTEEISM_GAP.high,
          sources: ['harter2024'],
          ours: true,
          note: {
            fr: 'Aucun écart plus élevé n’a été vérifié : le scénario haut garde les −78 % des chiffres actuels (notre choix ; le 81 % parfois cité n’a pas été retrouvé).',
            en: 'No larger gap was verified: the high scenario keeps the −78% of the current figures (our choice; the 81% sometimes quoted was not traced).',
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
    fr: 'Les écarts publiés par Gallup changent d’une édition de sa méta-analyse à l’autre, surtout pour l’absentéisme, qui va du simple au double : la fourchette suit ces éditions, complétées par nos bornes quand une édition n’a pas pu être vérifiée ; vos propres hypothèses sont testées dans le graphique de sensibilité.',
    en: 'Gallup’s published gaps shift between editions of its meta-analysis, absenteeism most of all, where they roughly double: the band follows those editions, filled in with our own bounds where an edition could not be checked, and the sensitivity chart tests your own assumptions.',
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
                  label: fr ? `Point mort : mois ${payback}` : `Break-even: month ${payback}`,
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
          ? 'Bénéfice annuel central en plein effet, par source, face au coût annuel : coût récurrent et coût ponctuel réparti sur l’horizon (hachuré).'
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
        title: fr ? 'Quelle hypothèse pèse le plus ?' : 'Which assumption matters most?',
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

export default engagement;
