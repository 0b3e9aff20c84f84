// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig, fontProviders } from 'astro/config';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compress } from './src/integrations/compress.ts';
import { declarationTypography } from './src/integrations/declaration-typography.ts';
import { staticNotFound } from './src/integrations/not-found.ts';
import { staticHeaders } from './src/integrations/headers.ts';
import { prose } from './src/integrations/prose.ts';
import { search } from './src/integrations/search.ts';
import { readContentDir, readListen, readSourceDir } from './src/config.ts';
import { SITE } from './src/site.ts';

const content = readContentDir(process.env);
const sourceDir = readSourceDir(process.env);
const { host, port } = readListen(process.env);

/**
 * The reading serif, the site's one web font (the interface uses the system's sans-serif), made
 * by `npm run fonts` (scripts/fonts.ts) from the @fontsource-variable latin file: only the
 * characters below, the features and the weights the site uses.
 * @param {string} name
 */
const fontFile = (name) => fileURLToPath(new URL(`./src/fonts/${name}.woff2`, import.meta.url));

/**
 * Another content folder (the test fixtures) gets a root of its own under `var/cache/`, with the
 * sources (or the copy `LELIEN_SRC` names), public files and fonts of this project: Astro writes the content modules it will load
 * into `<root>/.astro/`, so builds of two content sets (or a build and `astro check`) can run at
 * once without one loading the other's articles.
 * @param {string} dir
 */
function fixtureRoot(dir) {
  const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
  const root = here(`./var/cache/${basename(dir)}/`);
  // Astro's tools resolve from the root, so it must exist before they start.
  mkdirSync(root, { recursive: true });
  const srcDir = sourceDir === 'src' ? here('./src/') : `${resolve(sourceDir)}/`;
  return { root, srcDir, publicDir: here('./public/'), cacheDir: `${root}cache/` };
}

export default defineConfig({
  site: SITE.url,
  ...(content !== 'content' && fixtureRoot(content)),
  trailingSlash: 'ignore',
  output: 'static',
  // Middleware mode: `src/server/main.ts` serves the files, adds the security headers and checks
  // the origin of every POST itself, since Astro's check would refuse RFC 8058's one-click
  // unsubscribe, which mail providers send without an Origin.
  adapter: node({ mode: 'middleware', bodySizeLimit: 16 * 1024 }),
  security: { checkOrigin: false },
  // Every page's styles inline: no stylesheet request blocks the first paint (on a slow phone
  // network each one cost a round trip). The Content-Security-Policy allows them by hash: the
  // build's pages are hashed at build and at start, a page rendered on request as it is sent
  // (src/server/http/page-policy.ts).
  // Four pages at a time: the social images are drawn on libuv's thread pool (src/data/social.ts),
  // so the other pages render meanwhile.
  build: { inlineStylesheets: 'always', concurrency: 4 },
  server: { port, host },
  i18n: {
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    routing: { prefixDefaultLocale: false },
  },
  markdown: { processor: satteri({ hastPlugins: [prose] }) },
  // The calculators' French strings get their no-break spaces at build, not by hand.
  vite: { plugins: [declarationTypography()] },
  integrations: [
    // First, so that the search index, the sitemap and `_headers` see the final names.
    staticNotFound(),
    mdx(),
    preact({ include: [`${sourceDir === 'src' ? 'src' : resolve(sourceDir)}/islands/**`] }),
    search(),
    sitemap({
      filter: (page) =>
        !/\/(og|404|static-404|embed|recherche|search|api|newsletter\/(merci|thanks|confirmer|confirm|desinscription|unsubscribe))\b/.test(
          new URL(page).pathname,
        ),
    }),
    staticHeaders(),
    // Last, so the index and the sitemap are compressed too.
    compress(),
  ],
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-serif',
      fallbacks: ['Georgia', 'serif'],
      options: {
        variants: [
          {
            src: [fontFile('source-serif-4')],
            weight: '400 900',
            style: 'normal',
            unicodeRange: [
              'U+0020-005B, U+005D, U+005F, U+0061-007A, U+007C, U+00A0, U+00A9, U+00AB, U+00B0-00B3, U+00B7, U+00B9, U+00BB, U+00C0, U+00C2, U+00C4, U+00C7-00CB, U+00CE-00CF, U+00D4, U+00D6-00D7, U+00D9, U+00DB-00DC, U+00E0, U+00E2, U+00E4, U+00E7-00EB, U+00EE-00EF, U+00F4, U+00F6-00F7, U+00F9, U+00FB-00FC, U+0152-0153, U+2009, U+2013-2014, U+2018-2019, U+201C-201D, U+2022, U+2026, U+20AC, U+2191, U+2193, U+2212',
            ],
          },
        ],
      },
    },
  ],
});
