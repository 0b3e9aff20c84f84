/**
 * What a reader's browser transfers, in Chromium against `npm start`, on a first visit to a page
 * and on a visit to the same page later (a new navigation, not a reload): with the caching
 * policies of src/policy/cache.ts, hashed assets come from the browser's cache without a request
 * and the page is revalidated by its ETag, so a revisit costs a 304 and its headers.
 */
import type { Browser } from 'playwright-core';
import { launchChromium, startBuiltServer } from '../serve.ts';
import type { Figure } from './report.ts';

const PAGES = {
  'plain article': '/articles/derriere-le-comptoir/',
  'tool page': '/outils/climat-de-service/',
} as const;

/** Bytes on the wire (headers and compressed bodies) and requests, for each of two visits. */
async function visits(
  browser: Browser,
  url: string,
): Promise<{ bytes: number; requests: number }[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.loadingFinished', (event) => {
    bytes += event.encodedDataLength;
    // Files the browser took from its cache report no bytes: they are not requests.
    if (event.encodedDataLength > 0) requests++;
  });
  const result: { bytes: number; requests: number }[] = [];
  for (let visit = 0; visit < 2; visit++) {
    bytes = 0;
    requests = 0;
    // Leave and come back: a navigation, which honours freshness, unlike a reload.
    if (visit > 0) await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'networkidle' });
    result.push({ bytes, requests });
  }
  await context.close();
  return result;
}

/** First-visit and revisit bytes for a plain article and a tool page. */
export async function revisitFigures(progress: (message: string) => void): Promise<Figure[]> {
  const { base, stop } = await startBuiltServer();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    for (const [kind, path] of Object.entries(PAGES)) {
      progress(`revisit: ${kind}`);
      const [first, again] = await visits(browser, base + path);
      figures.push({
        section: 'Caching',
        name: `${kind} · revisit, page revalidated`,
        value: again!.bytes / 1024,
        unit: 'KB',
        note: `${again!.requests} request(s) on the network; first visit ${(first!.bytes / 1024).toFixed(1)} KB in ${first!.requests}`,
      });
    }
  } finally {
    await browser.close();
    stop();
  }
  return figures;
}
