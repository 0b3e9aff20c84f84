import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { violationsInBothThemes } from './axe.ts';
import { baseUrl, collectErrors, sharedBrowser } from './browser.ts';

/** Every page of the build, plus the 404 pages the server renders on demand. */
const paths = [...builtPages().map((p) => p.path), '/page-absente/', '/en/missing-page/'];

const browser = sharedBrowser();

describe('axe (WCAG 2.0, 2.1, 2.2 A and AA)', () => {
  it(`finds nothing on ${paths.length} pages in the light and the dark theme, and no page logs an error`, async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const found: string[] = [];
    const errors: string[] = [];
    const texts = { light: new Set<string>(), dark: new Set<string>() };
    // Each page is loaded once and scanned in both themes: the theme follows the system's
    // preference through CSS alone, so switching the emulated preference restyles the page.
    const queue = [...paths];
    const scan = async () => {
      const page = await context.newPage();
      const pageErrors = collectErrors(page);
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        await page.goto(baseUrl + path, { waitUntil: 'load' });
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          texts[scheme].add(await page.evaluate(() => getComputedStyle(document.body).color));
        }
        found.push(...(await violationsInBothThemes(page)).map((v) => `${path} ${v}`));
      }
      errors.push(...pageErrors.filter((e) => !/status of 404/.test(e)));
      await page.close();
    };
    // Three pages at a time: axe runs in each page's own renderer process.
    await Promise.all([scan(), scan(), scan()]);
    await context.close();
    // The dark scans really saw the dark theme: no page kept its light text colour.
    expect([...texts.dark].filter((c) => texts.light.has(c))).toEqual([]);
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
  }, 300_000);
});

describe('keyboard', () => {
  it('reaches a skip link first, which moves focus to the main content', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/derriere-le-comptoir/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }));
    expect(skip.href).toBe('#content');
    expect(await page.locator('.skip').isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
    await page.close();
  });

  it('shows a visible focus ring on every control it reaches', async () => {
    // Reduced motion: focus scrolling is instant, so "in view" is measured where it ends.
    const page = await browser().newPage({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
    });
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`);
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        return {
          key: `${el.tagName} ${el.getAttribute('href') ?? el.getAttribute('name') ?? ''}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          inView: box.bottom > 0 && box.top < innerHeight && box.width > 0,
        };
      });
      if (!focus) continue;
      seen.add(focus.key);
      expect(focus.ring, focus.key).toBe(true);
      expect(focus.inView, focus.key).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(15);
    await page.close();
  });
});
