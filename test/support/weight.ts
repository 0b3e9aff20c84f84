import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT, isArticlePage, type BuiltPage } from './dist.ts';

/** Gzipped size at the level a server would use, in bytes. */
const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Static imports of an ES module (`import … from "./x.js"`, `import "./y.js"`, `export … from`),
 * minified too (`import{a as b}from"./x.js"`), and the scripts of workers it starts.
 */
function staticImports(source: string): string[] {
  return [
    ...source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g),
    // A worker started with the module: `new Worker(new URL("/_astro/x.js", import.meta.url))`.
    ...source.matchAll(
      /new URL\(\s*[`'"]([^`'"]+\.js)[`'"]\s*,\s*(?:[`'"][`'"]\s*\+\s*)?import\.meta\.url\s*\)/g,
    ),
  ].map((m) => m[1]!);
}

/**
 * Modules an ES module may import on demand (`import("./service-climate.B1x.js")`), with the
 * name they were built from: the calculator island fetches its declaration that way.
 */
function dynamicImports(source: string): { spec: string; name: string }[] {
  return [...source.matchAll(/import\(\s*[`'"]([^`'"]+\.js)[`'"]\s*\)/g)].map((m) => ({
    spec: m[1]!,
    name: posix.basename(m[1]!).split('.')[0]!,
  }));
}

/**
 * Every module a set of entry URLs loads, following static imports through the build, and the
 * imports on demand of the modules named in `lazy` (the declarations of the calculators shown).
 */
function moduleGraph(entries: string[], root = CLIENT, lazy = new Set<string>()): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    const file = join(root, url);
    if (!existsSync(file)) throw new Error(`${url} is referenced but not in the build`);
    seen.add(url);
    const source = readFileSync(file, 'utf8');
    const onDemand = dynamicImports(source).filter((d) => lazy.has(d.name));
    for (const spec of [...staticImports(source), ...onDemand.map((d) => d.spec)]) {
      visit(spec.startsWith('/') ? spec : posix.join(dirname(url), spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * Islands that hydrate as the page loads; `client:search` waits for the reader to ask for
 * search, `client:intent` for the reader to touch the island (the newsletter form, which
 * works as a plain form until then) and `client:visible` for the reader to scroll to it (the
 * "your chain" tool inside an article), so their code is not part of what a page costs.
 */
export const EAGER_ISLANDS =
  'astro-island:not([client="search"]):not([client="intent"]):not([client="visible"])';

/** What JavaScript a page loads: inline scripts, external scripts and island modules, gzipped. */
export interface ScriptWeight {
  inline: number;
  modules: string[];
  external: number;
  total: number;
}

/**
 * Every byte of JavaScript a page runs before the reader touches it: inline scripts (Astro's
 * island runtime included), `<script src>` files and each eager island's component and
 * renderer, with everything they import statically. With `islands = 'astro-island'`: what it
 * runs once the reader has used every island too.
 */
export function scriptWeight(
  page: BuiltPage,
  root = CLIENT,
  islands = EAGER_ISLANDS,
): ScriptWeight {
  const inline = page.doc
    .querySelectorAll('script:not([src])')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .reduce((sum, s) => sum + gz(s.text), 0);
  const hydrated = page.doc.querySelectorAll(islands);
  const entries = [
    ...page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...hydrated.flatMap((i) => [i.getAttribute('component-url')!, i.getAttribute('renderer-url')!]),
  ];
  const shown = hydrated.flatMap((i) =>
    i.querySelectorAll('[data-calc]').map((c) => c.getAttribute('data-calc')!),
  );
  const modules = moduleGraph(entries, root, new Set(shown));
  const external = gz(Buffer.concat(modules.map((m) => readFileSync(join(root, m)))));
  return { inline, modules, external, total: inline + external };
}

/** What a first visit to a page transfers, compressed, images aside; bytes. */
export interface PageWeight {
  /** The page itself, with its inline styles and scripts. */
  html: number;
  /** Linked stylesheets. */
  css: number;
  /** JavaScript files that run before the reader touches anything (inline scripts are in `html`). */
  js: number;
  /** The web fonts its styles use (WOFF2, already compressed). */
  fonts: number;
  total: number;
}

/** The font files a page's styles (inline or linked) point at. */
function fontFiles(page: BuiltPage, css: string[], root: string): string[] {
  const styles = [
    ...page.doc.querySelectorAll('style').map((s) => s.text),
    ...css.map((href) => readFileSync(join(root, href), 'utf8')),
  ].join('\n');
  return [...new Set([...styles.matchAll(/url\(["']?([^"')]+\.woff2)/g)].map((m) => m[1]!))];
}

/**
 * The bytes the server sends for a built file to a browser: its Brotli copy, which every current
 * browser accepts over HTTPS (src/integrations/compress.ts writes one beside each text file), or
 * the file gzipped when it has none.
 */
function served(file: string): number {
  return existsSync(`${file}.br`) ? statSync(`${file}.br`).size : gz(readFileSync(file));
}

/** The files a page makes the browser fetch besides itself: stylesheets, scripts and fonts. */
function assets(page: BuiltPage, root: string): { css: string[]; js: string[]; fonts: string[] } {
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href')!);
  return { css, js: scriptWeight(page, root).modules, fonts: fontFiles(page, css, root) };
}

/**
 * A visit's transfer, as the server sends it (Brotli copies for text, fonts as they are): the
 * HTML, every linked stylesheet, the JavaScript files that run before the reader touches
 * anything, and the fonts its styles use, which a browser fetches on a page with text. With
 * `after`, a page read before it: the files that page left in the browser's cache (all of them
 * hashed and immutable, src/policy/cache.ts) are not fetched again.
 */
export function pageWeight(page: BuiltPage, root = CLIENT, after?: BuiltPage): PageWeight {
  const cached = after ? Object.values(assets(after, root)).flat() : [];
  const fetched = (files: string[]) => files.filter((f) => !cached.includes(f));
  const sum = (files: string[], size: (file: string) => number) =>
    fetched(files).reduce((total, f) => total + size(join(root, f)), 0);
  const { css, js, fonts } = assets(page, root);
  const weight = {
    html: served(page.file),
    css: sum(css, served),
    js: sum(js, served),
    fonts: sum(fonts, (file) => statSync(file).size),
  };
  return { ...weight, total: weight.html + weight.css + weight.js + weight.fonts };
}

/** The kinds of page the budgets and the bench speak of, with how to recognise each. */
export const PAGE_KINDS = {
  home: (p: BuiltPage) => p.path === '/' || p.path === '/en/',
  'plain article': (p: BuiltPage) => isArticlePage(p) && !p.doc.querySelector('.calc, .chain-tool'),
  'article with a calculator': (p: BuiltPage) =>
    isArticlePage(p) && !!p.doc.querySelector('.calc, .chain-tool'),
  'tool page': (p: BuiltPage) =>
    /^\/(outils|en\/tools)\/[^/]+\/$/.test(p.path) && !!p.doc.querySelector('.calc'),
  /** The "your chain" tool, on its page and in its embed. */
  'your-chain tool': (p: BuiltPage) =>
    /^(\/en)?\/(outils|tools|embed)\/(votre-chaine|your-chain)\/$/.test(p.path),
  'embedded calculator': (p: BuiltPage) =>
    /^(\/en)?\/embed\/[^/]+\/$/.test(p.path) && !!p.doc.querySelector('.calc'),
  'search page': (p: BuiltPage) => p.path === '/recherche/' || p.path === '/en/search/',
  'newsletter page': (p: BuiltPage) => p.path === '/newsletter/' || p.path === '/en/newsletter/',
} as const;

/** One of `PAGE_KINDS`. */
export type PageKind = keyof typeof PAGE_KINDS;

/** The pages of one kind. */
export function pagesOfKind(pages: BuiltPage[], kind: PageKind): BuiltPage[] {
  return pages.filter(PAGE_KINDS[kind]);
}
