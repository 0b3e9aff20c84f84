import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { baseUrl, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

describe('citations and terms in an article', () => {
  it.each(['light', 'dark'] as const)(
    'preview on focus, number the source list, close on Escape, with no axe violation (%s)',
    async (scheme) => {
      const page = await browser().newPage({ colorScheme: scheme });
      await page.goto(`${baseUrl}/articles/chaine-service-profit/`);
      const cite = page.locator('.cite a').first();
      const tip = page.locator(`#${await cite.getAttribute('aria-describedby')}`);
      expect(await tip.isVisible()).toBe(false);
      await cite.focus();
      expect(await tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(
        /Heskett.*1994.*Source.:.article ou rapport professionnel.*chiffre vérifié dans le texte de la source/s,
      );
      expect(await cite.textContent()).toMatch(/\[1\]/);
      expect(await page.locator(`${await cite.getAttribute('href')}`).count()).toBe(1);
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await tip.isVisible()).toBe(false);

      const term = page.locator('.term a').first();
      const definition = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      await term.focus();
      expect(await definition.isVisible()).toBe(true);
      expect(await term.getAttribute('href')).toBe('/glossaire/#service-climate');
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
  );

  it('links each entry of the source list to the reference list, where the citing article is listed', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`);
    const record = page.locator('#source-heskett1994 a[href^="/sources/"]');
    expect(await record.getAttribute('href')).toBe('/sources/#heskett1994');
    await record.click();
    await page.waitForURL(/\/sources\/#heskett1994$/);
    const entry = page.locator('#heskett1994');
    expect(await entry.locator('.source__cited').textContent()).toMatch(/La chaîne service-profit/);
    expect(await entry.locator('.evidence').count()).toBe(1);
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'opens our own arithmetic on a click, closes it on Escape, with no axe violation (%s)',
    async (scheme) => {
      const page = await browser().newPage({ colorScheme: scheme });
      await page.goto(`${baseUrl}/methode/`);
      const badge = page.locator('.prose .ours__badge').first();
      expect(await badge.textContent()).toMatch(/notre calcul/);
      const how = page.locator(`#${await badge.getAttribute('popovertarget')}`);
      expect(await how.isVisible()).toBe(false);
      await badge.click();
      await how.waitFor({ state: 'visible' });
      expect(await how.textContent()).toMatch(/1 ÷ 0,20 = 5/);
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await how.waitFor({ state: 'hidden' });
      await page.close();
    },
  );
});
