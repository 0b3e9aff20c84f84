/**
 * Search figures for `npm run bench`, on the real site (run `npm run build` first) and on a
 * generated site of 1,000 French articles: index size per page, the largest index chunk, the
 * indexing time, and, in Chromium, the bytes transferred and the time from the reader's request
 * to the first results shown. Goals: no Pagefind byte before use; first query ≤ 150 KB and
 * ≤ 500 ms on loopback; ≤ 3 KB of index per page; no index chunk over 100 KB.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { CLIENT } from '../test/support/dist.ts';
import { freePort, launchChromium, percentile, startBuiltServer } from './serve.ts';
import { syntheticArticles } from './synthetic.ts';

const RUNS = 5;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${Math.round(n)} ms`;

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
async function medians(run: () => Promise<FirstQuery>): Promise<FirstQuery> {
  const runs: FirstQuery[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
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

const rows: [string, string, string, boolean][] = [];
const check = (label: string, value: string, goal: string, pass: boolean) =>
  rows.push([label, value, goal, pass]);

if (!existsSync(join(CLIENT, 'pagefind'))) throw new Error('No index: run `npm run build` first.');
const browser = await launchChromium();
try {
  // The real site, as `npm start` serves it.
  for (const lang of ['fr', 'en']) {
    const size = indexSize(join(CLIENT, 'pagefind'), lang);
    check(
      `site ${lang}: word index per result (${size.pages} pages and records)`,
      kb(size.bytes / size.pages),
      '≤ 3 KB',
      size.bytes / size.pages <= 3 * 1024,
    );
    check(
      `site ${lang}: excerpt text per result`,
      kb(size.fragments / size.pages),
      'reported',
      true,
    );
    check(
      `site ${lang}: largest index chunk`,
      kb(size.largestChunk),
      '≤ 100 KB',
      size.largestChunk <= 100 * 1024,
    );
  }
  const reindex = join('var', 'bench', 'site-index');
  rmSync(reindex, { recursive: true, force: true });
  check('site: indexing the built pages', ms(await indexFolder(CLIENT, reindex)), 'reported', true);
  const site = await startBuiltServer();
  try {
    const first = await medians(() =>
      throughDialog(browser, `${site.base}/articles/chaine-service-profit/`, 'climat'),
    );
    check(
      'site: Pagefind bytes before search is opened',
      `${first.before} B`,
      '0 B',
      first.before === 0,
    );
    check(
      'site: first query, `/` to first result shown',
      ms(first.time),
      '≤ 500 ms',
      first.time <= 500,
    );
    check(
      'site: first query, bytes as served',
      kb(first.bytes),
      '≤ 150 KB',
      first.bytes <= 150 * 1024,
    );
    check('site: first query, bytes if text is gzipped', kb(first.gzipped), 'reported', true);
    check('site: first query, of which Pagefind', kb(first.pagefind), 'reported', true);
  } finally {
    site.stop();
  }

  // A generated site of 1,000 French articles, indexed the same way.
  const root = join(process.cwd(), 'var', 'bench', 'synthetic');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const count = syntheticArticles(root, 1000);
  const indexing = await indexFolder(root, join(root, 'pagefind'));
  const size = indexSize(join(root, 'pagefind'), 'fr');
  check(
    `1,000 articles: indexing ${count} pages`,
    `${ms(indexing)} (${(indexing / count).toFixed(1)} ms/page)`,
    'reported',
    true,
  );
  check(
    '1,000 articles: word index per page',
    kb(size.bytes / size.pages),
    '≤ 3 KB',
    size.bytes / size.pages <= 3 * 1024,
  );
  check('1,000 articles: excerpt text per page', kb(size.fragments / size.pages), 'reported', true);
  check(
    '1,000 articles: largest index chunk',
    kb(size.largestChunk),
    '≤ 100 KB',
    size.largestChunk <= 100 * 1024,
  );
  const host = await serveFolder(root);
  try {
    const first = await medians(() => throughEngine(browser, host.base, 'climat'));
    check(
      '1,000 articles: first query, engine to 5 excerpts',
      ms(first.time),
      '≤ 500 ms',
      first.time <= 500,
    );
    check(
      '1,000 articles: first query, bytes if text is gzipped',
      kb(first.gzipped),
      'reported',
      true,
    );
    check(
      '1,000 articles: first query, bytes as served',
      kb(first.bytes),
      '≤ 150 KB',
      first.bytes <= 150 * 1024,
    );
  } finally {
    host.stop();
  }
} finally {
  await browser.close();
}

console.log(`\nSearch (medians of ${RUNS} cold first queries in Chromium, loopback)`);
console.log(['measure'.padEnd(58), 'value'.padEnd(26), 'goal'].join(''));
for (const [label, value, goal, pass] of rows) {
  console.log(
    `${label.padEnd(58)}${value.padEnd(26)}${goal} ${goal === 'reported' ? '' : pass ? '✓' : '✗'}`,
  );
}
if (rows.some(([, , goal, pass]) => goal !== 'reported' && !pass)) process.exitCode = 1;
