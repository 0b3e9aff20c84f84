import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { findChromium } from '../../scripts/chromium.ts';

/** The built server started by the global setup. */
export const baseUrl = inject('baseUrl');

/** Headless Chromium from the system (Debian's package), with the flags a closed network needs. */
export async function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: run `node scripts/chromium.ts` or set CHROME_PATH');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Console errors and uncaught exceptions a page produced, collected as they happen. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return errors;
}

/** One Chromium for the tests of a file: launched before them, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/** What a test may ask of a page from `sharedPages`. */
export interface PageOptions {
  viewport?: { width: number; height: number };
}

/**
 * One Chromium and one browsing context for the tests of a file: each test opens its own page,
 * and the pages share the HTTP cache (fonts, scripts, styles) as a reader's tabs do, so a page
 * is not fetched and compiled cold for every test. Tests that need other context settings
 * (scripts off, permissions) make their own context from `browser()`.
 */
export function sharedPages(): {
  browser: () => Browser;
  newPage: (options?: PageOptions) => Promise<Page>;
} {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(() => browser?.close());
  return {
    browser: () => {
      if (!browser) throw new Error('the browser is not launched yet');
      return browser;
    },
    newPage: async (options = {}) => {
      if (!context) throw new Error('the browser is not launched yet');
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      return page;
    },
  };
}
