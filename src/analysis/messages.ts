/**
 * What the reader is told when a table cannot be analysed, in French or English: what is wrong,
 * where (the column as headed in their file, the lines by number), and what to do about it.
 */
import { LOCALES, type Lang } from '../i18n/lang.ts';
import { typeset } from '../text/typography.ts';
import type { Role } from './columns.ts';
import type { TableProblem } from './table.ts';
import type { UnitProblem } from './units.ts';
import { MAX_BYTES, MAX_ROWS } from './table.ts';

/** Each role's name in the column choice and the messages. */
export const ROLE_NAMES: Record<Role, Record<Lang, string>> = {
  unit: { fr: 'Unité', en: 'Unit' },
  employee: { fr: 'Score des salariés', en: 'Employee score' },
  customer: { fr: 'Score client', en: 'Customer score' },
  respondents: { fr: 'Répondants', en: 'Respondents' },
  period: { fr: 'Période', en: 'Period' },
  revenue: { fr: 'Chiffre d’affaires', en: 'Revenue' },
};

const count = (n: number, lang: Lang) => new Intl.NumberFormat(LOCALES[lang]).format(n);

/** `lignes 3, 7 et 9`, or `lignes 3, 4, 5 … (52 en tout)` when only the first ones are listed. */
export function lineList(lines: readonly number[], total: number, lang: Lang): string {
  const fr = lang === 'fr';
  const word = lines.length === 1 ? (fr ? 'ligne' : 'line') : fr ? 'lignes' : 'lines';
  const numbers = lines.map((l) => count(l, lang));
  if (total > lines.length)
    return `${word} ${numbers.join(', ')}… (${count(total, lang)} ${fr ? 'en tout' : 'in all'})`;
  const list = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(numbers);
  return `${word} ${list}`;
}

/** `1,5 Mo` / `1.5 MB` */
function size(bytes: number, lang: Lang): string {
  const mb = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(bytes / 1e6);
  return `${mb} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

/**
 * The message for one problem, typeset. `header` is the text heading the column concerned in
 * the reader's table, when the problem is about a column they chose.
 * Example: notNumber in "Climat" at line 3 → `Colonne « Climat » (Score des salariés) : ce n’est
 * pas un nombre à la ligne 3.`
 */
export function problemMessage(
  problem: TableProblem | UnitProblem,
  lang: Lang,
  header?: string,
): string {
  const fr = lang === 'fr';
  const column = (role: Role) => {
    const name = ROLE_NAMES[role][lang];
    if (!header || header === name) return fr ? `Colonne « ${name} »` : `Column “${name}”`;
    return fr ? `Colonne « ${header} » (${name})` : `Column “${header}” (${name})`;
  };
  let text: string;
  switch (problem.code) {
    case 'empty':
      text = fr
        ? 'Le tableau est vide. Collez une ligne d’en-têtes puis une ligne par unité, ou essayez l’exemple.'
        : 'The table is empty. Paste a header line and then one line per unit, or try the sample.';
      break;
    case 'binary':
      text = fr
        ? 'Ce fichier n’est pas du texte : peut-être un classeur (.xlsx) ou une image. Dans votre tableur, enregistrez la feuille au format CSV, puis choisissez ce fichier.'
        : 'This file is not text: perhaps a workbook (.xlsx) or an image. In your spreadsheet, save the sheet as CSV, then choose that file.';
      break;
    case 'tooLarge':
      text = fr
        ? `Ce fichier pèse ${size(problem.bytes, lang)} ; l’outil lit jusqu’à ${size(MAX_BYTES, lang)}. Une ligne par unité et par période suffit : retirez les réponses individuelles et les colonnes inutiles.`
        : `This file is ${size(problem.bytes, lang)}; the tool reads up to ${size(MAX_BYTES, lang)}. One line per unit and period is enough: leave out individual answers and unneeded columns.`;
      break;
    case 'tooManyRows':
      text = fr
        ? `Ce tableau compte ${count(problem.rows, lang)} lignes ; l’outil en lit jusqu’à ${count(MAX_ROWS, lang)}. Faites d’abord la moyenne des réponses par unité et par période.`
        : `This table has ${count(problem.rows, lang)} lines; the tool reads up to ${count(MAX_ROWS, lang)}. Average the answers per unit and period first.`;
      break;
    case 'oneColumn':
      text = fr
        ? 'Une seule colonne trouvée. Séparez les colonnes par des tabulations (copier-coller depuis un tableur), des points-virgules ou des virgules.'
        : 'Only one column found. Separate columns with tabs (copy and paste from a spreadsheet), semicolons or commas.';
      break;
    case 'missingColumn':
      text = fr
        ? `Aucun en-tête ne désigne la colonne « ${ROLE_NAMES[problem.role][lang]} » : choisissez-la dans la liste des colonnes.`
        : `No header names the “${ROLE_NAMES[problem.role][lang]}” column: choose it in the list of columns.`;
      break;
    case 'notNumber':
      text = fr
        ? `${column(problem.role)} : ce n’est pas un nombre à la ${lineList(problem.lines, problem.count, lang)}.`
        : `${column(problem.role)}: not a number on ${lineList(problem.lines, problem.count, lang)}.`;
      break;
    case 'missingValue':
      text = fr
        ? `${column(problem.role)} : valeur manquante à la ${lineList(problem.lines, problem.count, lang)}.`
        : `${column(problem.role)}: value missing on ${lineList(problem.lines, problem.count, lang)}.`;
      break;
    case 'duplicate':
      text = fr
        ? `L’unité « ${problem.name} » apparaît plusieurs fois pour la même période (${lineList(problem.lines, problem.lines.length, lang)}). Gardez une ligne par unité et par période, ou choisissez la colonne de période.`
        : `The unit “${problem.name}” appears more than once in the same period (${lineList(problem.lines, problem.lines.length, lang)}). Keep one line per unit and period, or choose the period column.`;
      break;
    case 'tooFew':
      text = fr
        ? `Il faut au moins 3 unités par période pour calculer un lien ; la plus petite période en compte ${count(problem.units, lang)}.`
        : `A link needs at least 3 units per period; the smallest period has ${count(problem.units, lang)}.`;
      break;
    case 'constant':
      text = fr
        ? `${column(problem.role)} : la même valeur pour toutes les unités. Sans écart entre unités, aucun lien ne peut se calculer.`
        : `${column(problem.role)}: the same value for every unit. Without differences between units, no link can be computed.`;
      break;
  }
  return typeset(text, lang);
}
