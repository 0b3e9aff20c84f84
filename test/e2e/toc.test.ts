import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

describe('the table of contents', () => {
  it('stays beside the text on a wide screen and marks the section being read', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`);
    const aside = page.locator('.toc--aside');
    expect(await aside.isVisible()).toBe(true);
    expect(await page.locator('.toc--inline').isVisible()).toBe(false);

    const ids = await page.locator('.prose h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(3);
    for (const id of [ids[2]!, ids[ids.length - 1]!]) {
      await page.locator(`#${id}`).evaluate((h) => h.scrollIntoView({ block: 'start' }));
      const link = aside.locator(`a[href="#${id}"]`);
      await link.and(page.locator('[aria-current="true"]')).waitFor({ timeout: 5000 });
      expect(await aside.locator('a[aria-current="true"]').count()).toBe(1);
      expect(await aside.isVisible()).toBe(true);
      const box = await aside.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeLessThan(900);
    }
    await page.close();
  });

  it('folds above the text on a phone', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/en/articles/service-profit-chain/`);
    expect(await page.locator('.toc--aside').isVisible()).toBe(false);
    const summary = page.locator('.toc--inline summary');
    await summary.click();
    const first = page.locator('.toc--inline a').first();
    expect(await first.isVisible()).toBe(true);
    await first.click();
    expect(page.url()).toMatch(/#[a-z0-9-]+$/);
    await page.close();
  });
});
