/**
 * Lighthouse for `npm run bench`: each page of `PAGES`, served compressed by `npm start`'s
 * server, with the mobile preset (Lighthouse's default: a mid-range phone, 4× CPU slowdown,
 * simulated slow 4G) and the desktop one; each figure is the median of `runs` runs. Goals: 100
 * in all four categories; on mobile, LCP ≤ 1.2 s, TBT ≤ 50 ms, CLS ≤ 0.01.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { findChromium } from '../chromium.ts';
import { freePort, startBuiltServer, waitFor } from '../serve.ts';
import { median, type Figure } from './report.ts';

/** The kinds of page measured, one of each (French, the site's first language). */
export const PAGES = {
  home: '/',
  'plain article': '/articles/derriere-le-comptoir/',
  'article with a calculator': '/articles/chaine-service-profit/',
  'tool page': '/outils/climat-de-service/',
  'search page': '/recherche/',
  'newsletter page': '/newsletter/',
} as const;

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Headless Chromium with a DevTools port for Lighthouse, and the flags a closed network needs. */
export async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lelien-lighthouse-'));
  const chrome = spawn(
    findChromium() ?? '/usr/bin/chromium',
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore' },
  );
  await waitFor(`http://127.0.0.1:${port}/json/version`);
  return {
    port,
    stop: () => {
      chrome.kill();
      // Chromium may still be writing to its profile as it exits: retry until it is done.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/** One Lighthouse run's figures. */
export interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  bytes: number;
}

/** One Lighthouse run of `url` with a preset, through the Chromium listening on `port`. */
export async function runOnce(
  url: string,
  port: number,
  preset: 'mobile' | 'desktop',
): Promise<Run> {
  const result = await lighthouse(
    url,
    { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits, runtimeError } = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
  const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
    ) as Run['scores'],
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    fcp: value('first-contentful-paint'),
    bytes: value('total-byte-weight'),
  };
}

/** Which audits cost points, for the note beside a score under 100. */
function losses(runs: Run[]): string {
  const low = CATEGORIES.filter((c) => median(runs.map((r) => r.scores[c])) < 100);
  return low.map((c) => `${c} ${median(runs.map((r) => r.scores[c]))}`).join(', ');
}

/** Lighthouse figures for `pages` with each preset, `runs` times each. */
export async function lighthouseFigures(options: {
  pages: (keyof typeof PAGES)[];
  presets: ('mobile' | 'desktop')[];
  runs: number;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  const site = await startBuiltServer();
  const chrome = await startChromium();
  const figures: Figure[] = [];
  const total = options.pages.length * options.presets.length * options.runs;
  let done = 0;
  try {
    for (const kind of options.pages) {
      for (const preset of options.presets) {
        const runs: Run[] = [];
        for (let i = 0; i < options.runs; i++) {
          options.progress(`Lighthouse ${++done}/${total}: ${kind}, ${preset}, run ${i + 1}`);
          runs.push(await runOnce(site.base + PAGES[kind], chrome.port, preset));
        }
        const of = (pick: (r: Run) => number) => median(runs.map(pick));
        const add = (
          name: string,
          value: number,
          unit: string,
          goal?: Figure['goal'],
          note?: string,
        ) =>
          figures.push({
            section: 'Lighthouse',
            name: `${kind} · ${preset} · ${name}`,
            value,
            unit,
            runs: runs.length,
            ...(goal && { goal }),
            ...(note && { note }),
          });
        const lowest = Math.min(...CATEGORIES.map((c) => of((r) => r.scores[c])));
        add('lowest of the 4 scores', lowest, 'score', { op: '>=', target: 100 }, losses(runs));
        if (preset === 'mobile') {
          add(
            'LCP',
            of((r) => r.lcp),
            'ms',
            { op: '<=', target: 1200 },
            `FCP ${Math.round(of((r) => r.fcp))} ms`,
          );
          add(
            'TBT',
            of((r) => r.tbt),
            'ms',
            { op: '<=', target: 50 },
          );
          add(
            'CLS',
            of((r) => r.cls),
            '',
            { op: '<=', target: 0.01 },
          );
          add('transfer', of((r) => r.bytes) / 1024, 'KB');
        } else {
          add(
            'LCP',
            of((r) => r.lcp),
            'ms',
          );
        }
      }
    }
  } finally {
    chrome.stop();
    site.stop();
  }
  return figures;
}
