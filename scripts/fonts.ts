/**
 * `npm run fonts`: makes the site's one web font, src/fonts/source-serif-4.woff2 (committed), the
 * reading serif, from the @fontsource-variable latin file: 22 KB instead of 55, with no visible
 * change on the site's text. (The interface uses the system's own sans-serif: see
 * src/styles/tokens.css.) The file keeps:
 * - the characters of `KEEP` that the source has. Combining diacritics are left out: the site's
 *   text is precomposed (NFC), and a character the file lacks falls back to the next font of the
 *   stack through the `unicodeRange` astro.config.mjs gives it;
 * - the layout features the site's text and CSS use (`features`), the others dropped;
 * - the `wght` axis from 400, the lightest weight the CSS asks for, to 900 (`WEIGHT`);
 * - the source's hinting, which is none but its dropout-control `prep` (7 bytes).
 * The output is deterministic (HarfBuzz's hb-subset through `subset-font`, then WOFF2). Prints the
 * sizes and the `unicodeRange` of each file, and fails if astro.config.mjs does not declare it
 * (with the weight range).
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface SubsetOptions {
  targetFormat: 'sfnt' | 'woff2';
  keepFeatures: string[];
  variationAxes: Record<string, { min: number; max: number }>;
  noHinting: boolean;
  dropTables: string[];
}
type SubsetFont = (font: Buffer, text: string, options: SubsetOptions) => Promise<Buffer>;
const subsetFont = createRequire(import.meta.url)('subset-font') as SubsetFont;

/**
 * The characters wanted, where the source font has them: those of French and English text, the
 * site's typography and the figures its articles print. Every glyph of a variable font costs about
 * 100 bytes, so the Latin-1 letters of other languages, rare ASCII signs ({ } ~ ^ `) and the
 * long tail of punctuation are left to the next font of the stack (Georgia), which the
 * `unicodeRange` in astro.config.mjs sends them to: a name with "ø" still shows, in Georgia.
 */
const KEEP = [
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  ' !"#$%&\'()*+,-./:;<=>?@[]_|',
  'ÀÂÄÇÈÉÊËÎÏÔÖÙÛÜàâäçèéêëîïôöùûüŒœ', // French, and German names' umlauts
  '\u00a0\u2009\u202f', // no-break, thin and narrow no-break spaces
  '«»‘’“”–—…•', // quotes, dashes, ellipsis, bullet
  '°·×÷±²³¹©€−→↑↓≈≤≥√', // figures and the articles' formulas
].join('');

/**
 * The weights the CSS uses: 400 (text) to 900, which `<strong>` and `<b>` reach (`bolder`) inside
 * text set at 600 or more. Leaving out the axis below 400 saves about a quarter of each file.
 */
const WEIGHT = { min: 400, max: 900 };

/**
 * `features`: the layout features kept. `kern` and `liga` (fi, fl, ff…) apply by default; `tnum`
 * is asked for by `font-variant-numeric: tabular-nums`. Dropped: `pnum`, `frac`, `numr`, `dnom`
 * (HarfBuzz applies them only around the fraction slash ⁄, which the site does not use), and
 * `ccmp`, `locl`, `mark`, `mkmk`, which change nothing in French or English text without combining
 * marks (Source Serif's `ccmp` only retouches the sequence "ïï").
 */
const FONTS = [
  {
    name: 'Source Serif 4',
    from: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    to: 'src/fonts/source-serif-4.woff2',
    features: ['kern', 'liga', 'tnum'],
  },
];

/** The code points an SFNT font maps to a glyph, from its Windows Unicode BMP cmap (format 4). */
function codePoints(font: Buffer): number[] {
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    const record = 12 + 16 * i;
    if (font.toString('latin1', record, record + 4) === 'cmap')
      cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) throw new Error('no cmap table');
  let table = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) table = offset;
  }
  if (table < 0) throw new Error('no format 4 Unicode cmap');
  const segments = font.readUInt16BE(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const found: number[] = [];
  for (let s = 0; s < segments; s++) {
    const start = font.readUInt16BE(starts + 2 * s);
    const end = font.readUInt16BE(ends + 2 * s);
    const delta = font.readUInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        glyph = font.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (c - start));
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) found.push(c);
    }
  }
  return found;
}

/** CSS `unicode-range` for a set of code points: `U+0020-007E, U+00A0-00FF, …`. */
function unicodeRange(points: number[]): string {
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  const sorted = [...new Set(points)].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    ranges.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return ranges.join(', ');
}

const text = KEEP;
const options = {
  variationAxes: { wght: WEIGHT },
  noHinting: false,
  // STAT names the styles for operating systems' font menus; browsers do not read it.
  dropTables: ['STAT'],
};
const config = readFileSync('astro.config.mjs', 'utf8');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

mkdirSync('src/fonts', { recursive: true });
let before = 0;
let after = 0;
for (const font of FONTS) {
  const source = readFileSync(font.from);
  const settings = { ...options, keepFeatures: font.features };
  const sfnt = await subsetFont(source, text, { ...settings, targetFormat: 'sfnt' });
  const woff2 = await subsetFont(source, text, { ...settings, targetFormat: 'woff2' });
  writeFileSync(font.to, woff2);
  before += source.length;
  after += statSync(font.to).size;
  const range = unicodeRange(codePoints(sfnt));
  console.log(`${font.name}: ${kb(source.length)} → ${kb(woff2.length)}  ${font.to}`);
  console.log(`  weight '${WEIGHT.min} ${WEIGHT.max}', unicodeRange '${range}'`);
  if (!config.includes(`'${range}'`) || !config.includes(`weight: '${WEIGHT.min} ${WEIGHT.max}'`)) {
    console.error(`  astro.config.mjs does not give ${font.name} this weight and unicodeRange.`);
    process.exitCode = 1;
  }
}
console.log(`Total: ${kb(before)} → ${kb(after)}`);
