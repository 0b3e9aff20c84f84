import { readFile } from 'node:fs/promises';
import satori from 'satori';
import sharp from 'sharp';
import { cached } from '../build/cache.ts';
import type { Lang } from '../i18n/lang.ts';
import { typeset } from '../text/typography.ts';

const FONT_DIR = 'node_modules/@fontsource';

let fonts: Promise<Parameters<typeof satori>[1]['fonts']> | undefined;

/** The static font files satori needs (it reads WOFF, not WOFF2 or variable fonts). */
function loadFonts() {
  const face = async (family: string, file: string, weight: 600 | 700) => ({
    name: family,
    weight,
    style: 'normal' as const,
    data: await readFile(`${FONT_DIR}/${file}`),
  });
  fonts ??= Promise.all([
    face('Serif', 'source-serif-4/files/source-serif-4-latin-700-normal.woff', 700),
    face('Serif', 'source-serif-4/files/source-serif-4-latin-ext-700-normal.woff', 700),
    face('Sans', 'inter/files/inter-latin-600-normal.woff', 600),
    face('Sans', 'inter/files/inter-latin-ext-600-normal.woff', 600),
  ]);
  return fonts;
}

/** zlib's level for the PNG: 7 makes a card of 33–46 KB in 17 ms; 9 saves 2 KB for twice the time. */
const PNG_LEVEL = 7;

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** The card as SVG, its text drawn as paths (satori): what the PNG is rasterized from. */
async function socialSvg(title: string, footer: string, lang: Lang): Promise<string> {
  const size = title.length > 80 ? 52 : title.length > 50 ? 60 : 70;
  const ring = (left: number) =>
    el('div', {
      position: 'absolute',
      left,
      top: 13,
      width: 24,
      height: 18,
      border: '4px solid #0e5a6b',
      borderRadius: 9,
    });
  const tree = el(
    'div',
    {
      width: 1200,
      height: 630,
      display: 'flex',
      flexDirection: 'column',
      padding: '64px 80px 60px 96px',
      background: '#fbfaf7',
      borderLeft: '18px solid #0e5a6b',
      color: '#1c1d1f',
    },
    [
      el(
        'div',
        { display: 'flex', alignItems: 'center', gap: 18, fontFamily: 'Sans', fontSize: 34 },
        [
          el('div', { position: 'relative', width: 46, height: 44, display: 'flex' }, [
            ring(0),
            ring(15),
          ]),
          'Le Lien',
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          height: 400,
          width: 1000,
          fontFamily: 'Serif',
          fontSize: size,
          lineHeight: 1.12,
          letterSpacing: -1,
        },
        typeset(title, lang),
      ),
      el(
        'div',
        { display: 'flex', fontFamily: 'Sans', fontSize: 28, color: '#585b61' },
        typeset(footer, lang),
      ),
    ],
  );
  return satori(tree as never, { width: 1200, height: 630, fonts: await loadFonts() });
}

/**
 * A 1200×630 PNG card in the site's style for link previews: the site mark, the title set large
 * in the serif (smaller when long), and a footer line such as "Article · 7 min de lecture".
 */
export async function socialImage(
  title: string,
  footer: string,
  lang: Lang,
): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await socialSvg(title, footer, lang);
  // Laying out takes 8 ms and drawing 17: a card whose SVG a build has drawn before comes from
  // the cache, and any change to the card's text, fonts or design changes its SVG.
  const png = await cached(`social-png-${PNG_LEVEL}`, svg, () =>
    // Drawn and encoded by libvips on libuv's thread pool, so the build renders other pages
    // meanwhile (build.concurrency). resvg took 34 ms a card, 14 of them encoding the PNG on the
    // main thread: at 1,000 articles, 11 s of the main thread's time.
    sharp(Buffer.from(svg)).png({ compressionLevel: PNG_LEVEL }).toBuffer(),
  );
  return new Uint8Array(png);
}
