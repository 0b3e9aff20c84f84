/**
 * The reader's whole journey in Chromium, with and without JavaScript: sign up, get the mail,
 * open the link, confirm, get the welcome, leave (one-click POST, then the page's button).
 */
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './browser.ts';
import { catchMail, linkIn, type MailCatcher, type Received } from './mail.ts';
import { startSite, type Site } from './site.ts';

let site: Site;
let smtp: MailCatcher;
let browser: Browser;

beforeAll(async () => {
  smtp = await catchMail();
  site = await startSite({ SMTP_URL: smtp.url, SITE_URL: 'http://127.0.0.1:1/' });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await site?.kill('SIGTERM');
  await smtp?.close();
});

/** Mail links are built on SITE_URL; the test's server listens elsewhere. */
const local = (url: string) => url.replace('http://127.0.0.1:1', site.base);

function status(email: string): string | undefined {
  const db = new DatabaseSync(join(site.dataDir, 'newsletter.db'), { readOnly: true });
  try {
    const row = db.prepare('SELECT status FROM subscribers WHERE email = ?').get(email) as
      { status: string } | undefined;
    return row?.status;
  } finally {
    db.close();
  }
}

async function mailTo(email: string, subject: RegExp): Promise<Received> {
  const end = Date.now() + 15_000;
  for (;;) {
    const found = smtp.mails.find((m) => m.to === email && subject.test(m.subject));
    if (found) return found;
    if (Date.now() > end) throw new Error(`no mail "${subject}" to ${email}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Collects CSP violations a page reports. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__csp', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __csp: (v: string) => void }).__csp(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  return violations;
}

function checkHeaders(mail: Received): void {
  expect(mail.raw).toMatch(
    /^List-Unsubscribe: <http:\/\/127\.0\.0\.1:1\/(en\/)?newsletter\/(desinscription|unsubscribe)\/\?t=[\w.-]+>/m,
  );
  expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  expect(mail.html).toContain('href');
  expect(mail.text).toContain('127.0.0.1:1');
}

describe('newsletter journey', () => {
  it('with JavaScript: answers in place, confirms by button, leaves by one-click POST', async () => {
    const email = 'journey.js@example.org';
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${site.base}/newsletter/`);
    const form = page.locator('form[action="/api/newsletter/subscribe"]').first();
    await form.locator('input[name="email"]').fill(email.toUpperCase());
    await form.locator('input[name="consent"]').check();
    await page.waitForTimeout(2100); // a person takes longer than the minimum fill time
    await form.locator('button[type="submit"]').click();
    await page.locator('.newsletter__done').waitFor();
    expect(await page.locator('.newsletter__done').textContent()).toMatch(/boîte|inbox|e-mail/i);
    expect(page.url()).toBe(`${site.base}/newsletter/`);

    const confirmMail = await mailTo(email, /Confirmez/);
    checkHeaders(confirmMail);
    expect(confirmMail.text).not.toContain('JOURNEY');
    const link = local(linkIn(confirmMail, /\/newsletter\/confirmer\//));
    await page.goto(link);
    expect(status(email)).toBe('pending'); // opening the link changes nothing
    await page
      .getByRole('button')
      .filter({ hasText: /Confirmer/ })
      .click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toMatch(/confirm|Bienvenue/i);
    expect(status(email)).toBe('confirmed');

    const welcome = await mailTo(email, /Bienvenue/);
    checkHeaders(welcome);
    const leave = local(welcome.raw.match(/^List-Unsubscribe: <([^>]+)>/m)![1]!);
    const bare = new FormData();
    bare.set('List-Unsubscribe', 'One-Click');
    const response = await fetch(leave, { method: 'POST', body: bare, redirect: 'manual' });
    expect(response.status).toBe(200);
    expect(status(email)).toBe('unsubscribed');
    expect(violations).toEqual([]);
    await context.close();
  });

  it('without JavaScript: lands on "check your inbox", confirms, leaves with the page button', async () => {
    const email = 'journey.nojs@example.org';
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/en/newsletter/`);
    const form = page.locator('form[action="/api/newsletter/subscribe"]').first();
    await form.locator('input[name="email"]').fill(email);
    await form.locator('input[name="consent"]').check();
    await form
      .locator('select[name="lang"], input[name="lang"][value="en"]')
      .first()
      .evaluate((el) => {
        if (el instanceof HTMLSelectElement) el.value = 'en';
        else (el as HTMLInputElement).checked = true;
      });
    await form.locator('button[type="submit"]').click();
    await page.waitForURL(/\/en\/newsletter\/thanks\/$/);

    const confirmMail = await mailTo(email, /Confirm your/);
    checkHeaders(confirmMail);
    await page.goto(local(linkIn(confirmMail, /\/en\/newsletter\/confirm\//)));
    expect(status(email)).toBe('pending');
    await page
      .getByRole('button')
      .filter({ hasText: /Confirm/ })
      .click();
    await page.waitForLoadState();
    expect(status(email)).toBe('confirmed');

    const welcome = await mailTo(email, /Welcome/);
    await page.goto(local(linkIn(welcome, /\/en\/newsletter\/unsubscribe\//)));
    expect(status(email)).toBe('confirmed'); // opening the link changes nothing
    await page
      .getByRole('button')
      .filter({ hasText: /Unsubscribe/ })
      .click();
    await page.waitForLoadState();
    expect(status(email)).toBe('unsubscribed');
    expect(await page.locator('h1').textContent()).toMatch(/unsubscribed/i);
    await context.close();
  });

  it('keeps what was typed when the server refuses a form sent without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.base}/newsletter/`);
    const form = page.locator('form[action="/api/newsletter/subscribe"]').first();
    // Passes the browser's own check, fails the server's (a control-free but invalid domain).
    await form.locator('input[name="email"]').fill('ana@example');
    await form.locator('input[name="consent"]').check();
    await form.locator('button[type="submit"]').click();
    await page.waitForLoadState();
    expect(page.url()).toContain('/api/newsletter/subscribe');
    expect(await page.locator('input[name="email"]').first().inputValue()).toBe('ana@example');
    expect(await page.locator('input[name="consent"]').first().isChecked()).toBe(true);
    expect(await page.locator('[role="alert"]').first().textContent()).toMatch(/adresse|address/i);
    await context.close();
  });

  it('refuses a form another site posts here, in a real browser', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // A page served as another site, with an auto-submitting form aimed at ours.
    await page.route('http://evil.test/', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<form method="post" action="${site.base}/api/newsletter/subscribe">
          <input name="email" value="csrf@example.org"><input name="consent" value="yes">
          <input name="lang" value="fr"><input name="source" value="/"></form>
          <script>document.forms[0].submit()</script>`,
      }),
    );
    await page.goto('http://evil.test/');
    await page.waitForURL(/\/api\/newsletter\/subscribe/);
    expect(await page.locator('body').textContent()).toMatch(/autre site|another site/);
    expect(status('csrf@example.org')).toBeUndefined();
    await context.close();
  });
});
