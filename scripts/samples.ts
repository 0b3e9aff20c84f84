/**
 * `npm run samples`: writes the synthetic sample tables of "Measure your own chain" (issue 17),
 * one per language, as a French and an English spreadsheet would export them:
 * src/analysis/samples/fr.csv (semicolons, decimal commas) and en.csv (commas, decimal points).
 * Invented data, seeded, so every run writes the same files (a test checks they are up to date).
 * 24 branches over two years: service climate (0–100), customer satisfaction (0–10), survey
 * respondents and revenue, with a moderate link (r ≈ .5) that only the reader's data can confirm.
 */
import { writeFileSync } from 'node:fs';
import type { Lang } from '../src/i18n/lang.ts';
import { random } from './synthetic.ts';

const SEED = 2026;

const NAMES: Record<Lang, string[]> = {
  fr: [
    'Amiens',
    'Angers',
    'Annecy',
    'Besançon',
    'Bordeaux',
    'Brest',
    'Caen',
    'Dijon',
    'Grenoble',
    'Le Havre',
    'Le Mans',
    'Lille',
    'Limoges',
    'Lyon',
    'Metz',
    'Montpellier',
    'Nancy',
    'Nantes',
    'Nîmes',
    'Orléans',
    'Pau',
    'Reims',
    'Rennes',
    'Tours',
  ],
  en: [
    'Bath',
    'Belfast',
    'Brighton',
    'Bristol',
    'Cambridge',
    'Cardiff',
    'Chester',
    'Derby',
    'Dundee',
    'Durham',
    'Exeter',
    'Glasgow',
    'Hull',
    'Leeds',
    'Leicester',
    'Norwich',
    'Oxford',
    'Plymouth',
    'Preston',
    'Reading',
    'Sheffield',
    'Swansea',
    'Worcester',
    'York',
  ],
};

const HEADERS: Record<Lang, string[]> = {
  fr: [
    'Agence',
    'Année',
    'Climat de service',
    'Satisfaction client',
    'Répondants',
    "Chiffre d'affaires",
  ],
  en: ['Branch', 'Year', 'Service climate', 'Customer satisfaction', 'Respondents', 'Revenue'],
};

/** One branch-year of the sample. */
interface Row {
  branch: number;
  year: number;
  climate: number;
  satisfaction: number;
  respondents: number;
  revenue: number;
}

/** The sample's rows: the same numbers in both languages, only the names differ. */
export function sampleRows(seed = SEED): Row[] {
  const next = random(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const rows: Row[] = [];
  for (let branch = 0; branch < 24; branch++) {
    const climate1 = 68 + 7 * normal();
    const satisfaction1 = 7.6 + 0.03 * (climate1 - 68) + 0.55 * normal();
    const revenue1 = 1_500_000 * Math.exp(0.4 * normal());
    const climate2 = climate1 + 1.5 + 3 * normal();
    const satisfaction2 = 0.6 * satisfaction1 + 3 + 0.025 * (climate1 - 68) + 0.45 * normal();
    const growth = 2 + 0.3 * (((climate2 - climate1) / climate1) * 100) + 2 * normal();
    const respondents = () => Math.max(3, Math.round(18 + 8 * normal()));
    for (const [year, climate, satisfaction, revenue] of [
      [2025, climate1, satisfaction1, revenue1],
      [2026, climate2, satisfaction2, revenue1 * (1 + growth / 100)],
    ] as const) {
      rows.push({
        branch,
        year,
        climate: round(Math.min(100, climate), 1),
        satisfaction: round(Math.min(10, satisfaction), 2),
        respondents: respondents(),
        revenue: Math.round(revenue / 1000) * 1000,
      });
    }
  }
  return rows;
}

/** The sample as the spreadsheet of `lang` would export it. */
export function sampleCsv(lang: Lang): string {
  const delimiter = lang === 'fr' ? ';' : ',';
  const number = (x: number) => (lang === 'fr' ? String(x).replace('.', ',') : String(x));
  const lines = sampleRows().map((r) =>
    [
      NAMES[lang][r.branch],
      r.year,
      number(r.climate),
      number(r.satisfaction),
      r.respondents,
      r.revenue,
    ].join(delimiter),
  );
  return `${[HEADERS[lang].join(delimiter), ...lines].join('\n')}\n`;
}

if (import.meta.main) {
  for (const lang of ['fr', 'en'] as const) {
    const path = `src/analysis/samples/${lang}.csv`;
    writeFileSync(path, sampleCsv(lang));
    console.log(`wrote ${path}`);
  }
}
