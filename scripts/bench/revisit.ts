/**
 * What a reader's browser transfers, in Chromium against `npm start`: a first visit to a page, a
 * visit to the same page later (a new navigation, not a reload). With the caching policies of
 * src/policy/cache.ts, hashed assets come from the browser's cache without a request and a page
 * is revalidated by its ETag, so a revisit costs a 304 and its headers. (Chromium asks for Brotli
 * only over HTTPS: against a local server these are gzip figures.)
 */
import type { BrowserContext } from 'playwright-core';
import { launchChromium, startBuiltServer } from '../serve.ts';
import type { Figure } from './report.ts';

const PAGES = {
  'plain article': '/articles/derriere-le-comptoir/',
  'tool page': '/outils/climat-de-service/',
} as const;

interface Transfer {
  bytes: number;
  requests: number;
}

/** Opens `urls` one after another in one tab; the bytes on the wire (headers and compressed bodies) of each. */
async function browse(context: BrowserContext, urls: string[]): Promise<Transfer[]> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let now: Transfer = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (event) => {
    now.bytes += event.encodedDataLength;
    // Files the browser took from its cache report no bytes: they are not requests.
    if (event.encodedDataLength > 0) now.requests++;
  });
  const result: Transfer[] = [];
  for (const url of urls) {
    now = { bytes: 0, requests: 0 };
    // Leave, then come: a navigation, which honours freshness, unlike a reload.
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'networkidle' });
    result.push(now);
  }
  await page.close();
  return result;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** First-visit and revisit bytes for a plain article and a tool page. */
export async function revisitFigures(progress: (message: string) => void): Promise<Figure[]> {
  const { base, stop } = await startBuiltServer();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    for (const [kind, path] of Object.entries(PAGES)) {
      progress(`revisit: ${kind}`);
      const context = await browser.newContext();
      const [first, again] = await browse(context, [base + path, base + path]);
      await context.close();
      figures.push({
        section: 'Caching',
        name: `${kind} · revisit, page revalidated`,
        value: again!.bytes / 1024,
        unit: 'KB',
        note: `${again!.requests} request(s) on the network; first visit ${kb(first!.bytes)} KB in ${first!.requests}`,
      });
    }
  } finally {
    await browser.close();
    stop();
  }
  return figures;
}
