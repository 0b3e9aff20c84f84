import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT = 'rgb(251, 250, 247)';
const DARK = 'rgb(19, 21, 24)';

describe('the theme', () => {
  it('follows the system until the reader chooses, then keeps the choice across pages and reloads', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await background(page)).toBe(LIGHT);

    await page.selectOption('[data-theme-select]', 'dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background(page)).toBe(DARK);

    await page.goto(`${baseUrl}/en/about/`);
    expect(await background(page)).toBe(DARK);
    expect(await page.inputValue('[data-theme-select]')).toBe('dark');

    await page.selectOption('[data-theme-select]', 'system');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBeNull();
    expect(await background(page)).toBe(LIGHT);
    await context.close();
  });

  it('uses the dark palette for a system in dark mode', async () => {
    const context = await browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/articles/`);
    expect(await background(page)).toBe(DARK);
    await context.close();
  });

  it('is applied before the body is parsed, so a stored choice never flashes', async () => {
    const context = await browser().newContext({ colorScheme: 'light' });
    await context.addInitScript(() => {
      localStorage.setItem('theme', 'dark');
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.documentElement.dataset.themeAtBody =
          document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.evaluate(() => document.documentElement.dataset.themeAtBody)).toBe('dark');
    await context.close();
  });
});
