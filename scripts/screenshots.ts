/**
 * Screenshots of pages in both themes, on a desktop and a phone-sized window, for looking at
 * what was built: `npm run screenshots -- /articles/x/ /en/` (the server must be running;
 * BASE_URL defaults to http://127.0.0.1:4321). Files go to test-results/screens/. `PRINT=1` also
 * prints each page to an A4 PDF and a print-media screenshot, and says how many pages it takes.
 * `SEARCH=équipe` opens search on each page (Ctrl+K) and types the words before the shot;
 * `NOJS=1` takes the shots with JavaScript turned off.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium.ts';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4321';
const pages = process.argv.slice(2);
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
const full = process.env.FULL === '1';
const query = process.env.SEARCH;
const javaScriptEnabled = process.env.NOJS !== '1';
mkdirSync('test-results/screens', { recursive: true });

const browser = await chromium.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
for (const path of pages.length ? pages : ['/']) {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({
        viewport,
        colorScheme: scheme,
        deviceScaleFactor: 1,
        javaScriptEnabled,
      });
      await page.goto(base + path, { waitUntil: 'networkidle' });
      if (query !== undefined) {
        await page.keyboard.press('Control+K');
        await page.waitForSelector('[role="combobox"]:focus');
        await page.keyboard.type(query);
        await page.waitForTimeout(1200);
      }
      const state = [query !== undefined && 'search', !javaScriptEnabled && 'nojs'].filter(Boolean);
      const name = `${[path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home', ...state, device, scheme].join('-')}.png`;
      await page.screenshot({ path: `test-results/screens/${name}`, fullPage: full });
      console.log(`test-results/screens/${name}`);
      await page.close();
    }
  }
  if (process.env.PRINT === '1') {
    const page = await browser.newPage({
      viewport: { width: 794, height: 1123 },
      deviceScaleFactor: 1,
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const name = `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home'}-print`;
    await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
    const pdf = await page.pdf({ path: `test-results/screens/${name}.pdf`, format: 'A4' });
    const count = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    console.log(`test-results/screens/${name}.pdf: ${count} page(s)`);
    await page.close();
  }
}
await browser.close();
