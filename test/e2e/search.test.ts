import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser';

const browser = sharedBrowser();

/** Runs a query through the built Pagefind index from a page of the site, as the search UI will. */
async function search(
  page: Page,
  query: string,
  filters: Record<string, string> = {},
): Promise<string[]> {
  // A string, so the test runner does not rewrite the browser's dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.init();
    const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

describe('the search index built with the site', () => {
  it('finds French pages from a French page, accents and plurals forgiven', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/`);
    const plain = await search(page, 'equipe');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((url) => !url.startsWith('/en/'))).toBe(true);
    expect(await search(page, 'équipes')).toEqual(expect.arrayContaining(plain.slice(0, 1)));
    expect(await search(page, 'fidélisation')).toContain('/outils/valeur-fidelisation/');
    await page.close();
  });

  it('finds only English pages from an English page, and narrows by kind', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/`);
    const all = await search(page, 'turnover');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((url) => url.startsWith('/en/'))).toBe(true);
    const tools = await search(page, 'turnover', { kind: 'Tool' });
    expect(tools.length).toBeGreaterThan(0);
    expect(tools.every((url) => url.startsWith('/en/tools/'))).toBe(true);
    await page.close();
  });

  it('loads no Pagefind byte on a page until search is used', async () => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`, { waitUntil: 'networkidle' });
    expect(requested.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.close();
  });
});
