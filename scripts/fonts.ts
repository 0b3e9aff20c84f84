/**
 * `npm run fonts`: makes the site's two web fonts, src/fonts/source-serif-4.woff2 and
 * src/fonts/inter.woff2 (committed), from the @fontsource-variable latin files: about 40 % smaller,
 * with no visible change on the site's text. Each file keeps:
 * - the characters of `KEEP` that the source has (its latin subset has no Latin Extended-A but
 *   ı Œ œ). Combining diacritics are left out: the site's text is precomposed (NFC), and a
 *   character a file lacks falls back to the next font of the stack through the `unicodeRange`
 *   astro.config.mjs gives it;
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

/** The code points wanted, where the source font has them. */
const KEEP: [number, number][] = [
  [0x0020, 0x007e], // Basic Latin
  [0x00a0, 0x00ff], // Latin-1 Supplement (no-break space, « », accented letters, ×, ·, ©)
  [0x0100, 0x017f], // Latin Extended-A (œ Œ ı)
  [0x02bb, 0x02bc], // modifier letter turned comma and apostrophe
  [0x02c6, 0x02c6], // spacing circumflex
  [0x02da, 0x02da], // spacing ring
  [0x02dc, 0x02dc], // spacing tilde
  [0x2000, 0x206f], // General Punctuation (’ “ ” – — … and spaces)
  [0x20a0, 0x20cf], // Currency Symbols (€)
  [0x2100, 0x214f], // Letterlike Symbols (™)
  [0x2190, 0x21ff], // Arrows (↑ ↓)
  [0x2200, 0x22ff], // Mathematical Operators (− ∕)
  [0xfeff, 0xfeff], // zero-width no-break space
];

/**
 * The weights the CSS uses: 400 (text) to 900, which `<strong>` and `<b>` reach (`bolder`) inside
 * text set at 600 or more. Leaving out the axis below 400 saves about a quarter of each file.
 */
const WEIGHT = { min: 400, max: 900 };

/**
 * `features`: the layout features kept. `kern`, `liga` (Source Serif's fi, fl, ff…) and `calt`
 * (Inter's arrows and its punctuation between capitals and figures) apply by default; `tnum` is
 * asked for by `font-variant-numeric: tabular-nums`. Inter also keeps `pnum`, never asked for:
 * without it FreeType (Chromium on Linux) hints some glyphs, such as the minus sign, differently.
 * Dropped: `frac`, `numr`, `dnom` (HarfBuzz applies them only around the fraction slash ⁄, which the
 * site does not use), Source Serif's `pnum`, and `ccmp`, `locl`, `mark`, `mkmk`, which change
 * nothing in French or English text without combining marks (Source Serif's `ccmp` only retouches
 * the sequence "ïï").
 */
const FONTS = [
  {
    name: 'Source Serif 4',
    from: 'node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    to: 'src/fonts/source-serif-4.woff2',
    features: ['kern', 'liga', 'tnum'],
  },
  {
    name: 'Inter',
    from: 'node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
    to: 'src/fonts/inter.woff2',
    features: ['kern', 'calt', 'tnum', 'pnum'],
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

const text = KEEP.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i)),
).join('');
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
