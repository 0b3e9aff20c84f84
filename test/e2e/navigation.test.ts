import { describe, expect, it } from 'vitest';
import { baseUrl, collectErrors, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

describe('a reader', () => {
  it('goes from the home page to an article, its translation and a tag page without a console error', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');

    await page.locator('.latest .card a').first().click();
    await page.waitForURL(/\/articles\/[^/]+\/$/);
    expect(await page.locator('.prose h2').count()).toBeGreaterThan(2);

    await page.locator('header a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/articles\/[^/]+\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const title = (await page.locator('h1').textContent())!.trim();

    await page.locator('.article-tags a').first().click();
    await page.waitForURL(/\/en\/tags\/[^/]+\/$/);
    await expectCount(page.locator('.card a', { hasText: title }), 1);

    await page.locator('header a[hreflang="fr"]').click();
    await page.waitForURL(/\/etiquettes\/[^/]+\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(errors).toEqual([]);
  });

  it('meets a 404 page in the language of the address, with articles to read', async () => {
    for (const [path, lang] of [
      ['/nulle-part/', 'fr'],
      ['/en/nowhere/', 'en'],
      ['/en/articles/missing/', 'en'],
    ] as const) {
      const response = await fetch(baseUrl + path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(html.match(/class="card"/g)?.length ?? 0, path).toBeGreaterThan(0);
    }
  });
});

async function expectCount(locator: import('playwright-core').Locator, count: number) {
  await locator.first().waitFor();
  expect(await locator.count()).toBe(count);
}
