/**
 * The analysis in plain words, in French or English, under the site's evidence rules: an
 * association is never called a cause; when the data cannot tell (too few units, an interval
 * that spans zero) the words say so first, with the units it would take.
 */
import { LOCALES, type Lang } from '../i18n/lang.ts';
import { typeset } from '../text/typography.ts';
import { TOO_FEW, type Analysis } from './analysis.ts';
import type { Estimate } from './stats.ts';

/** A number with `digits` significant digits, as the language writes it. */
function num(x: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumSignificantDigits: digits })
    .format(x)
    .replace('-', '\u2212');
}

/** ` (intervalle à 95 % : 0,15 à 0,76)`, or nothing when the interval is undefined. */
function interval(e: Estimate, lang: Lang): string {
  if (e.low === null || e.high === null) return '';
  return lang === 'fr'
    ? ` (intervalle à 95 % : ${num(e.low, lang)} à ${num(e.high, lang)})`
    : ` (95% interval: ${num(e.low, lang)} to ${num(e.high, lang)})`;
}

/** `0,52 (intervalle à 95 % : 0,15 à 0,76)` */
const withInterval = (e: Estimate, lang: Lang) => `${num(e.value, lang)}${interval(e, lang)}`;

const spansZero = (e: Estimate) => e.low === null || e.high === null || (e.low <= 0 && e.high >= 0);

/** A list of names: `Lyon, Nantes et Reims`. */
function names(list: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(list);
}

/**
 * The paragraphs that read an analysis to a manager, typeset. The first one always answers
 * "can my data tell?".
 * Example (English, 24 units, r = 0.52 from 0.15 to 0.76): "Across your 24 units, those with a
 * higher employee score tend to have a higher customer score: r = 0.52 (95% interval: 0.15 to
 * 0.76). …"
 */
export function reading(a: Analysis, lang: Lang): string[] {
  const fr = lang === 'fr';
  const out: string[] = [];
  const n = a.units;
  if (!a.r) {
    out.push(
      fr
        ? `Avec ${n} unités dont les scores ne varient pas tous, aucun lien ne peut être calculé.`
        : `With ${n} units whose scores do not all vary, no link can be computed.`,
    );
    return out.map((p) => typeset(p, lang));
  }
  const r = withInterval(a.r, lang);
  if (n < TOO_FEW || spansZero(a.r)) {
    out.push(
      fr
        ? `Vos ${n} unités ne permettent pas de conclure : r = ${r}. L’intervalle est trop large pour dire si le lien est positif, nul ou négatif. Pour détecter un lien modéré (r = 0,30) quatre fois sur cinq, il faut environ ${a.needed} unités.`
        : `Your ${n} units cannot tell: r = ${r}. The interval is too wide to say whether the link is positive, absent or negative. Detecting a moderate link (r = 0.30) four times out of five takes about ${a.needed} units.`,
    );
  } else {
    const up = a.r.value > 0;
    out.push(
      fr
        ? `Sur vos ${n} unités, celles dont le score des salariés est plus élevé ont tendance à avoir un score client ${up ? 'plus élevé' : 'plus bas'} : r = ${r}. C’est une association, pas la preuve que l’un cause l’autre : d’autres différences entre unités (clientèle, taille, équipe de direction) peuvent expliquer les deux.`
        : `Across your ${n} units, those with a higher employee score tend to have a ${up ? 'higher' : 'lower'} customer score: r = ${r}. This is an association, not proof that one causes the other: other differences between units (customers, size, management) can explain both.`,
    );
  }
  if (a.slope)
    out.push(
      fr
        ? `Un point de plus au score des salariés va de pair avec ${num(a.slope.value, lang)} point de plus au score client${interval(a.slope, lang)}, en moyenne sur vos unités.`
        : `One more point of employee score goes with ${num(a.slope.value, lang)} more points of customer score${interval(a.slope, lang)}, on average across your units.`,
    );
  if (a.outlying.length)
    out.push(
      fr
        ? `À part : ${names(a.outlying, lang)}, loin de la tendance des autres. Regardez ce qui les distingue avant d’en tirer une règle.`
        : `Apart: ${names(a.outlying, lang)}, far from the others' trend. Look at what sets them apart before drawing a rule.`,
    );
  if (a.thin.length)
    out.push(
      fr
        ? `Moins de 5 répondants : ${names(a.thin, lang)}. La moyenne de si peu de personnes varie beaucoup d’une enquête à l’autre ; ces unités pèsent autant que les autres dans le calcul.`
        : `Fewer than 5 respondents: ${names(a.thin, lang)}. An average of so few people varies a lot from one survey to the next; these units weigh as much as the others in the calculation.`,
    );
  const lag = a.lagged;
  if (lag?.employeeToCustomer && lag.customerToEmployee) {
    const forward = !spansZero(lag.employeeToCustomer);
    const backward = !spansZero(lag.customerToEmployee);
    const paths = fr
      ? `score des salariés en ${lag.from} → score client en ${lag.to} : ${withInterval(lag.employeeToCustomer, lang)} ; score client en ${lag.from} → score des salariés en ${lag.to} : ${withInterval(lag.customerToEmployee, lang)}`
      : `employee score in ${lag.from} → customer score in ${lag.to}: ${withInterval(lag.employeeToCustomer, lang)}; customer score in ${lag.from} → employee score in ${lag.to}: ${withInterval(lag.customerToEmployee, lang)}`;
    const verdict = fr
      ? forward && !backward
        ? 'Le score des salariés d’une année annonce le score client de la suivante, au-delà de ce que le score client était déjà, et l’inverse ne se voit pas. Cela va dans le sens « l’intérieur d’abord », sans l’établir : un troisième facteur peut précéder les deux.'
        : backward && !forward
          ? 'C’est le score client d’une année qui annonce le score des salariés de la suivante, pas l’inverse : des clients satisfaits peuvent aussi rendre le travail plus agréable.'
          : forward && backward
            ? 'Chaque score annonce l’autre l’année suivante : le lien semble aller dans les deux sens.'
            : 'Aucun des deux sens ne se distingue de zéro avec ces données.'
      : forward && !backward
        ? 'One year\'s employee score predicts the next year\'s customer score beyond what the customer score already was, and the reverse does not show. This fits "inside first" without proving it: a third factor may come before both.'
        : backward && !forward
          ? "It is one year's customer score that predicts the next year's employee score, not the reverse: satisfied customers can also make the work more pleasant."
          : forward && backward
            ? 'Each score predicts the other a year later: the link seems to run both ways.'
            : 'Neither direction stands out from zero with these data.';
    out.push(
      fr
        ? `Sur ${lag.units} unités présentes les deux années (coefficients standardisés) : ${paths}. ${verdict}`
        : `Over ${lag.units} units present in both years (standardised coefficients): ${paths}. ${verdict}`,
    );
  }
  if (lag?.elasticity)
    out.push(
      fr
        ? `Chiffre d’affaires : chaque point de pourcentage de progression du score des salariés va de pair avec ${num(lag.elasticity.value, lang)} point de croissance du chiffre d’affaires en plus${interval(lag.elasticity, lang)}, sur ${lag.elasticityUnits} unités. C’est l’élasticité du calculateur « Climat de service → chiffre d’affaires », mesurée chez vous ; une association elle aussi.`
        : `Revenue: each percentage point of growth in employee score goes with ${num(lag.elasticity.value, lang)} more points of revenue growth${interval(lag.elasticity, lang)}, over ${lag.elasticityUnits} units. This is the elasticity of the “Service climate → revenue” calculator, measured on your data; an association too.`,
    );
  return out.map((p) => typeset(p, lang));
}
