/**
 * Search figures for `npm run bench`, on the built site and on a generated site of 1,000 French
 * articles: index size per page, the largest index chunk, the indexing time, and, in Chromium,
 * the bytes transferred and the time from the reader's request to the first results shown
 * (medians of cold first queries, each in a fresh browser context). Goals: no Pagefind byte
 * before use; first query ≤ 150 KB and ≤ 500 ms on loopback; ≤ 3 KB of index per page; no index
 * chunk over 100 KB.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { CLIENT } from '../../test/support/dist.ts';
import { freePort, launchChromium, percentile, startBuiltServer } from '../serve.ts';
import { syntheticArticles } from '../synthetic.ts';
import type { Figure } from './report.ts';

interface IndexSize {
  pages: number;
  /** The word index: meta, word chunks and filters. */
  bytes: number;
  /** The page texts Pagefind keeps to build excerpts, fetched one per result shown. */
  fragments: number;
  largestChunk: number;
}

/** What one language's index weighs, not counting Pagefind's code and WebAssembly. */
function indexSize(dir: string, lang: string): IndexSize {
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8'));
  const files = (sub: string) =>
    existsSync(join(dir, sub))
      ? readdirSync(join(dir, sub))
          .filter((f) => f.startsWith(`${lang}_`))
          .map((f) => statSync(join(dir, sub, f)).size)
      : [];
  const meta = readdirSync(dir)
    .filter((f) => f.startsWith(`pagefind.${lang}_`))
    .map((f) => statSync(join(dir, f)).size);
  const chunks = files('index');
  const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);
  return {
    pages: entry.languages[lang].page_count,
    bytes: sum([...meta, ...chunks, ...files('filter')]),
    fragments: sum(files('fragment')),
    largestChunk: Math.max(...chunks),
  };
}

/** A result of the first query: bytes over the wire (and if uncompressed text were gzipped), and time. */
interface FirstQuery {
  bytes: number;
  gzipped: number;
  pagefind: number;
  time: number;
  before: number;
}

const TEXT = /javascript|css|json|html/;

/**
 * Counts every response after `start()`; `before` counts Pagefind bytes before it. `settled()`
 * waits until every response seen has been counted.
 */
function meter(page: Page) {
  let on = false;
  const totals = { bytes: 0, gzipped: 0, pagefind: 0, before: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const counting = on;
    pending.push(
      (async () => {
        const body = await response.body().catch(() => Buffer.alloc(0));
        const path = new URL(response.url()).pathname;
        if (!counting) {
          if (path.startsWith('/pagefind/')) totals.before += body.length;
          return;
        }
        const type = response.headers()['content-type'] ?? '';
        const encoded = response.headers()['content-encoding'];
        // What crossed the wire: the compressed body when the server compressed it.
        const sizes = await response
          .request()
          .sizes()
          .catch(() => null);
        const wire = sizes?.responseBodySize || body.length;
        totals.bytes += wire;
        totals.gzipped += !encoded && TEXT.test(type) ? gzipSync(body).length : wire;
        if (path.startsWith('/pagefind/')) totals.pagefind += wire;
      })(),
    );
  });
  return { start: () => (on = true), totals, settled: () => Promise.all(pending) };
}

/** The reader's way: `/` on an article, type a word, until the first result is on screen. */
async function throughDialog(browser: Browser, url: string, word: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const m = meter(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  m.start();
  const started = Date.now();
  await page.keyboard.press('/');
  await page.keyboard.type(word);
  await page.waitForSelector('[role="option"]');
  const time = Date.now() - started;
  await page.waitForLoadState('networkidle');
  await m.settled();
  await context.close();
  return { ...m.totals, time };
}

/** The engine alone, from a blank page of the generated site: load Pagefind, search, 5 excerpts. */
async function throughEngine(browser: Browser, base: string, word: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const m = meter(page);
  await page.goto(`${base}/blank.html`, { waitUntil: 'networkidle' });
  m.start();
  const time: number = await page.evaluate(`(async () => {
    const started = performance.now();
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true, excerptLength: 22 });
    await pagefind.filters();
    const found = await pagefind.search(${JSON.stringify(word)});
    await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
    return performance.now() - started;
  })()`);
  await page.waitForLoadState('networkidle');
  await m.settled();
  await context.close();
  return { ...m.totals, time };
}

/** Medians of several first queries, each in a fresh browser context (cold cache). */
async function medians(count: number, run: () => Promise<FirstQuery>): Promise<FirstQuery> {
  const runs: FirstQuery[] = [];
  for (let i = 0; i < count; i++) runs.push(await run());
  const median = (k: keyof FirstQuery) =>
    percentile(
      runs.map((r) => r[k]),
      0.5,
    );
  return {
    bytes: median('bytes'),
    gzipped: median('gzipped'),
    pagefind: median('pagefind'),
    time: median('time'),
    before: Math.max(...runs.map((r) => r.before)),
  };
}

/** Serves a folder on loopback, as a static host would (no compression). */
async function serveFolder(root: string): Promise<{ base: string; stop: () => void }> {
  const port = await freePort();
  const server = createServer(sirv(root)).listen(port, '127.0.0.1');
  return { base: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

/** Indexes a folder of HTML with Pagefind's Node API, as the build does; returns milliseconds. */
async function indexFolder(site: string, out: string): Promise<number> {
  const started = performance.now();
  const { index } = await createIndex({});
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: site });
  await index.writeFiles({ outputPath: out });
  await close();
  return performance.now() - started;
}

/** Search figures; `synthetic: false` leaves out the generated 1,000-article site. */
export async function searchFigures(options: {
  runs: number;
  synthetic: boolean;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const add = (name: string, value: number, unit: string, goal?: Figure['goal'], note?: string) =>
    figures.push({
      section: 'Search',
      name,
      value,
      unit,
      ...(goal && { goal }),
      ...(note && { note }),
    });
  const KB = 1024;
  if (!existsSync(join(CLIENT, 'pagefind')))
    throw new Error('No index: run `npm run build` first.');
  const browser = await launchChromium();
  try {
    // The real site, as `npm start` serves it.
    for (const lang of ['fr', 'en']) {
      const size = indexSize(join(CLIENT, 'pagefind'), lang);
      add(
        `site ${lang}: word index per result`,
        size.bytes / size.pages / KB,
        'KB',
        { op: '<=', target: 3 },
        `${size.pages} pages and records; excerpts ${(size.fragments / size.pages / KB).toFixed(1)} KB per result`,
      );
      add(`site ${lang}: largest index chunk`, size.largestChunk / KB, 'KB', {
        op: '<=',
        target: 100,
      });
    }
    options.progress('search: indexing the built site again');
    const reindex = join('var', 'bench', 'site-index');
    rmSync(reindex, { recursive: true, force: true });
    add('site: indexing the built pages', await indexFolder(CLIENT, reindex), 'ms');
    const site = await startBuiltServer();
    try {
      options.progress(`search: ${options.runs} cold first queries on the site`);
      const first = await medians(options.runs, () =>
        throughDialog(browser, `${site.base}/articles/chaine-service-profit/`, 'climat'),
      );
      add('site: Pagefind bytes before search is opened', first.before, 'count', {
        op: '=',
        target: 0,
      });
      add('site: first query, `/` to first result shown', first.time, 'ms', {
        op: '<=',
        target: 500,
      });
      add(
        'site: first query, bytes as served',
        first.bytes / KB,
        'KB',
        { op: '<=', target: 150 },
        `of which Pagefind ${(first.pagefind / KB).toFixed(1)} KB; ${(first.gzipped / KB).toFixed(1)} KB if its text were gzipped`,
      );
    } finally {
      site.stop();
    }
    if (!options.synthetic) return figures;

    // A generated site of 1,000 French articles, indexed the same way.
    options.progress('search: generating and indexing 1,000 articles');
    const root = join(process.cwd(), 'var', 'bench', 'synthetic');
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    const count = syntheticArticles(root, 1000);
    const indexing = await indexFolder(root, join(root, 'pagefind'));
    const size = indexSize(join(root, 'pagefind'), 'fr');
    add(
      '1,000 articles: indexing',
      indexing,
      'ms',
      undefined,
      `${(indexing / count).toFixed(1)} ms per page`,
    );
    add(
      '1,000 articles: word index per page',
      size.bytes / size.pages / KB,
      'KB',
      { op: '<=', target: 3 },
      `excerpts ${(size.fragments / size.pages / KB).toFixed(1)} KB per page`,
    );
    add('1,000 articles: largest index chunk', size.largestChunk / KB, 'KB', {
      op: '<=',
      target: 100,
    });
    const host = await serveFolder(root);
    try {
      options.progress(`search: ${options.runs} cold first queries on 1,000 articles`);
      const first = await medians(options.runs, () => throughEngine(browser, host.base, 'climat'));
      add('1,000 articles: first query, engine to 5 excerpts', first.time, 'ms', {
        op: '<=',
        target: 500,
      });
      add(
        '1,000 articles: first query, bytes as served',
        first.bytes / KB,
        'KB',
        { op: '<=', target: 150 },
        `${(first.gzipped / KB).toFixed(1)} KB if its text were gzipped (static host without compression)`,
      );
    } finally {
      host.stop();
    }
  } finally {
    await browser.close();
  }
  return figures;
}
