/**
 * Which column holds what, guessed from the headers in French or English; the reader can
 * reassign any of them.
 */

/** The roles a column can play; `unit`, `employee` and `customer` are required. */
export const ROLES = ['unit', 'employee', 'customer', 'respondents', 'period', 'revenue'] as const;

/** One of `ROLES`. */
export type Role = (typeof ROLES)[number];

/** Each role's column index, or null when no header was recognised for it. */
export type Columns = Record<Role, number | null>;

/**
 * Words that name each role, accent-free and lowercase, tried in this order: the customer's
 * words before the employees' would catch "satisfaction", and `enps` (employee NPS) comes
 * before the customer's `nps`.
 */
const WORDS: [Role, RegExp][] = [
  ['respondents', /\b(repondants?|respondents?|reponses|responses|nb|effectif enquete|n)\b/],
  ['period', /\b(periode|period|annee|year|vague|wave|trimestre|quarter|mois|month|date)\b/],
  ['revenue', /\b(chiffre d.?affaires|ca|revenue|revenues|sales|ventes|turnover)\b/],
  [
    'employee',
    /\b(enps|climat|climate|engagement|employes?|employees?|salaries?|staff|collaborateurs?|internes?|personnel)\b/,
  ],
  ['customer', /\b(clients?|customers?|satisfaction|nps|csat|consommateurs?)\b/],
  [
    'unit',
    /\b(unites?|units?|agences?|branch(es)?|magasins?|stores?|sites?|equipes?|teams?|entites?|boutiques?|shops?|points? de vente|nom|name|id)\b/,
  ],
];

const plain = (header: string) =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-/]/g, ' ');

/**
 * Guesses each role's column from the headers: the first header whose words name it and that no
 * earlier role took. A unit column is the first text column when no header names one.
 * Example: ['Agence', 'Climat (%)', 'Satisfaction client'] → unit 0, employee 1, customer 2.
 */
export function guessColumns(headers: readonly string[]): Columns {
  const columns = Object.fromEntries(ROLES.map((r) => [r, null])) as Columns;
  const taken = new Set<number>();
  for (const [role, words] of WORDS) {
    const index = headers.findIndex((h, i) => !taken.has(i) && words.test(plain(h)));
    if (index >= 0) {
      columns[role] = index;
      taken.add(index);
    }
  }
  if (columns.unit === null && !taken.has(0)) columns.unit = 0;
  return columns;
}
