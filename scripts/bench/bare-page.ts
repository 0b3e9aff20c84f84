/**
 * Lighthouse against a bare page, for `npm run bench`: the plain article's own text (its title,
 * lead and body as the site renders them) in a page with nothing else, as a bare Astro layout
 * writes it (no styles, web font or script), served by the same server in the same run. Each
 * Lighthouse mobile run of the article is paired with a run of the bare page, interleaved, so
 * the machine's load weighs on both alike; the figures are our LCP and TBT against the bare
 * page's. Goal: ≤ 1.1× on both.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { brotliOptions } from '../../src/integrations/compress.ts';
import { CLIENT } from '../../test/support/dist.ts';
import { startBuiltServer } from '../serve.ts';
import { barePageHtml } from './bare-html.ts';
import { PAGES, runOnce, startChromium, type Run } from './lighthouse.ts';
import { median, type Figure, type Goal } from './report.ts';

const BARE = '/bench-bare/';

/** Writes the bare page (and its compressed copies, as the build does) into the built site. */
function writeBarePage(article: string): string {
  const html = barePageHtml(parse(readFileSync(join(CLIENT, article, 'index.html'), 'utf8')));
  const dir = join(CLIENT, BARE);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'index.html');
  writeFileSync(file, html);
  writeFileSync(`${file}.br`, brotliCompressSync(html, brotliOptions(Buffer.byteLength(html))));
  writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
  return dir;
}

/** Our figure against the bare page's, pair by pair: a ratio, or a difference when the bare one is 0. */
function against(ours: number[], bare: number[]): { value: number; unit: string; goal: Goal } {
  const bareMedian = median(bare);
  if (bareMedian > 0)
    return {
      value: median(ours.map((o, i) => o / bare[i]!)),
      unit: '×',
      goal: { op: '<=', target: 1.1 },
    };
  return { value: median(ours), unit: 'ms', goal: { op: '<=', target: 0 } };
}

/** Lighthouse mobile of the plain article and of its bare page, `runs` pairs. */
export async function barePageFigures(options: {
  runs: number;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  const article = PAGES['plain article'];
  const dir = writeBarePage(article);
  const site = await startBuiltServer();
  const chrome = await startChromium();
  const ours: Run[] = [];
  const bare: Run[] = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      options.progress(`Lighthouse against a bare page: pair ${i + 1}/${options.runs}`);
      ours.push(await runOnce(site.base + article, chrome.port, 'mobile'));
      bare.push(await runOnce(site.base + BARE, chrome.port, 'mobile'));
    }
  } finally {
    chrome.stop();
    site.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = (runs: Run[], pick: (r: Run) => number) => Math.round(median(runs.map(pick)));
  return (['lcp', 'tbt'] as const).map((metric) => {
    const figure = against(
      ours.map((r) => r[metric]),
      bare.map((r) => r[metric]),
    );
    return {
      section: 'Lighthouse',
      name: `plain article ÷ bare page · mobile · ${metric.toUpperCase()}`,
      ...figure,
      runs: options.runs,
      note: `ours ${ms(ours, (r) => r[metric])} ms, bare ${ms(bare, (r) => r[metric])} ms (medians); ${article}`,
    };
  });
}
