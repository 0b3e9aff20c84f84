/**
 * Page weight from `dist/` for `npm run bench`: per kind of page, the largest HTML, CSS,
 * JavaScript and font bytes a first visit transfers (Brotli, as served), a second article's, and what a
 * calculator or the search dialog loads once the reader uses it. The same budgets are asserted
 * in `npm test` (test/dist/budgets.test.ts); here they are printed with their figures.
 */
import { brotliCompressSync } from 'node:zlib';
import { brotliOptions } from '../../src/integrations/compress.ts';
import { builtPages, isArticlePage } from '../../test/support/dist.ts';
import {
  EAGER_ISLANDS,
  PAGE_KINDS,
  pageWeight,
  pagesOfKind,
  scriptWeight,
  type PageKind,
} from '../../test/support/weight.ts';
import { barePageHtml } from './bare-html.ts';
import type { Figure } from './report.ts';

/** The budgets, in KB of 1,024 bytes (see ../shared/research/performance.md, W1–W7). */
export const BUDGETS = {
  calculatorJs: 20,
  plainArticle: 50,
  /** The reading serif, the one web font (issue 18: the interface uses the system's font). */
  fonts: 25,
  /** The "your chain" tool once used (issue 17); before use, `calculatorJs` as the others. */
  chainJsUsed: 40,
  /**
   * A calculator once the reader uses it, on its heaviest tool page: the goal is 25 KB (issue
   * 18); `npm test` holds it where it stands so that it only goes down.
   */
  calculatorUsed: 32,
  /** An article read after another (issue 18). */
  secondArticle: 12,
} as const;

/** The article a reader opens first before the second-article figure. */
const SECOND_READ_AFTER = '/articles/derriere-le-comptoir/';

const KB = 1024;
const max = (values: number[]) => Math.max(0, ...values);

/** The byte figures of the current build. */
export function byteFigures(): Figure[] {
  const pages = builtPages();
  const figures: Figure[] = [];
  const add = (name: string, value: number, goal?: Figure['goal'], note?: string) =>
    figures.push({
      section: 'Bytes',
      name,
      value,
      unit: 'KB',
      ...(goal && { goal }),
      ...(note && { note }),
    });
  for (const kind of Object.keys(PAGE_KINDS) as PageKind[]) {
    const weights = pagesOfKind(pages, kind).map((p) => ({ path: p.path, ...pageWeight(p) }));
    if (weights.length === 0) continue;
    const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
    // Styles are inline, so linked CSS shows only where a page still has some.
    const parts = (['html', 'css', 'js', 'fonts'] as const)
      .filter((k) => k !== 'css' || heaviest.css > 0)
      .map(
        (k) =>
          `${{ html: 'HTML', css: 'CSS', js: 'JS', fonts: 'fonts' }[k]} ${(heaviest[k] / KB).toFixed(1)}`,
      )
      .join(' + ');
    add(
      `${kind} · first visit`,
      heaviest.total / KB,
      kind === 'plain article' ? { op: '<=', target: BUDGETS.plainArticle } : undefined,
      `heaviest of ${weights.length}: ${heaviest.path} (${parts} KB)`,
    );
    if (/calculator|tool|search|chain/.test(kind)) {
      add(
        `${kind} · JavaScript before use`,
        max(pagesOfKind(pages, kind).map((p) => scriptWeight(p).total)) / KB,
        kind === 'search page' ? undefined : { op: '<=', target: BUDGETS.calculatorJs },
        'gzipped, inline scripts included',
      );
    }
  }
  // What a page runs once the reader has used the islands `used` selects.
  const onceUsed = (
    kind: PageKind,
    used: string,
    name: string,
    note: string,
    goal?: Figure['goal'],
  ) =>
    add(
      `${kind}, once ${name}`,
      max(pagesOfKind(pages, kind).map((p) => scriptWeight(p, undefined, used).total)) / KB,
      goal,
      note,
    );
  const calculator = 'astro-island:not([client="search"])';
  onceUsed(
    'tool page',
    calculator,
    'the reader uses the calculator',
    'loaded on first pointer, focus or key; gzipped',
    { op: '<=', target: 25 },
  );
  onceUsed(
    'your-chain tool',
    calculator,
    'the reader analyses data',
    'all of it loads with the page, so that no request follows while data is in it',
    { op: '<=', target: BUDGETS.chainJsUsed },
  );
  onceUsed(
    'home',
    'astro-island:not([client="intent"])',
    'the search dialog is opened',
    'plus the Pagefind engine and index (see Search)',
  );
  // A reader's second article: what the first left in the browser's cache is not fetched again.
  const first = pages.find((p) => p.path === SECOND_READ_AFTER)!;
  const seconds = pages
    .filter((p) => isArticlePage(p) && !p.path.startsWith('/en/') && p !== first)
    .map((p) => ({ path: p.path, kb: pageWeight(p, undefined, first).total / KB }))
    .sort((a, b) => a.kb - b.kb);
  const middle = seconds[Math.floor((seconds.length - 1) / 2)]!;
  add(
    'an article read after a first one (median)',
    middle.kb,
    { op: '<=', target: BUDGETS.secondArticle },
    `${middle.path}; lightest ${seconds[0]!.kb.toFixed(1)}, heaviest ${seconds.at(-1)!.kb.toFixed(1)} KB; ${seconds.length} articles, each after ${SECOND_READ_AFTER}`,
  );
  // What the same article weighs with nothing but its text: the floor under the figure above.
  const bare = barePageHtml(pages.find((p) => p.path === middle.path)!.doc);
  add(
    'the same article as a bare page (its text alone)',
    brotliCompressSync(bare, brotliOptions(Buffer.byteLength(bare))).length / KB,
    undefined,
    'its title, lead and body with their citations, without styles, script, header or footer',
  );
  const plain = pages.filter((p) => !p.doc.querySelector(EAGER_ISLANDS));
  figures.push({
    section: 'Bytes',
    name: `pages without an island that load external JavaScript (of ${plain.length})`,
    // As in npm test: the 404 pages' 0.5 KB prefill of their search box (public/lost.js) aside.
    value: plain.filter((p) => scriptWeight(p).modules.some((m) => m !== '/lost.js')).length,
    unit: 'count',
    goal: { op: '=', target: 0 },
    note: 'the 404 pages prefill their search box from /lost.js (0.5 KB), as npm test allows',
  });
  return figures;
}
