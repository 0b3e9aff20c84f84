import { chromium } from 'playwright-core';
const [path, sel, w, scheme, name] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: +w, height: 900 }, colorScheme: scheme });
await page.goto('http://127.0.0.1:4321' + path, { waitUntil: 'networkidle' });
await page.locator(sel).first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
await page.waitForTimeout(600);
await page.screenshot({ path: `/tmp/shots/${name}.png` });
await browser.close();
