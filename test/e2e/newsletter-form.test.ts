import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { paths } from '../../src/i18n/routes.ts';
import { violations, violationsInBothThemes } from './axe.ts';
import { baseUrl, collectErrors, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

/** Pages that carry the form, with the language its newsletter choice starts on. */
const WITH_FORM = [
  { path: '/articles/la-chaine-sears/', lang: 'fr' },
  { path: '/en/articles/the-sears-chain/', lang: 'en' },
  { path: paths.home('fr'), lang: 'fr' },
  { path: paths.home('en'), lang: 'en' },
  { path: paths.newsletter('fr'), lang: 'fr' },
  { path: paths.newsletter('en'), lang: 'en' },
] as const;

const FORM = `form[action="${paths.newsletterSubscribe()}"]`;

/**
 * Opens a page and wakes its form's island the way a reader does (`client:intent`): scrolled
 * into view, then touched (the address field focused); resolves once it has hydrated.
 */
async function hydrated(page: Page, path: string): Promise<void> {
  await page.goto(baseUrl + path);
  await page.locator(FORM).scrollIntoViewIfNeeded();
  await page.locator(`${FORM} [name="email"]`).focus();
  await page.waitForSelector(`astro-island:not([ssr]) ${FORM} input[name="started"]`, {
    state: 'attached',
  });
}

/** What a reader and a browser can tell about the form as it is now. */
function describeForm(page: Page) {
  return page.$eval(FORM, (form) => {
    const inputs = [...form.querySelectorAll('input:not([type="hidden"])')] as HTMLInputElement[];
    const field = (name: string) => form.querySelector(`[name="${name}"]`) as HTMLInputElement;
    const trap = field('website');
    return {
      method: form.getAttribute('method'),
      email: {
        type: field('email').type,
        required: field('email').required,
        autocomplete: field('email').getAttribute('autocomplete'),
      },
      consent: { required: field('consent').required, value: field('consent').value },
      lang: (form.querySelector('[name="lang"]:checked') as HTMLInputElement | null)?.value,
      source: field('source').value,
      unlabelled: inputs.filter((i) => i.labels?.length === 0).map((i) => i.name),
      trap: {
        tabIndex: trap.tabIndex,
        hidden: trap.closest('[aria-hidden="true"]') !== null,
        autocomplete: trap.getAttribute('autocomplete'),
        offScreen: trap.getBoundingClientRect().right <= 0,
        displayed: getComputedStyle(trap).display !== 'none',
      },
      submit: form.querySelector('button[type="submit"]')?.textContent?.trim(),
    };
  });
}

describe('the newsletter form', () => {
  it.each(WITH_FORM)('is on $path, labelled, with a hidden honeypot', async ({ path, lang }) => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await hydrated(page, path);
    const form = await describeForm(page);
    expect(form).toMatchObject({
      method: 'post',
      email: { type: 'email', required: true, autocomplete: 'email' },
      consent: { required: true, value: 'yes' },
      lang,
      source: path,
      unlabelled: [],
      trap: { tabIndex: -1, hidden: true, autocomplete: 'off', offScreen: true, displayed: true },
    });
    expect(form.submit).toBeTruthy();
    expect(await page.locator(`${FORM} input[name="started"]`).inputValue()).toMatch(/^\d{13}$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works as a plain form without JavaScript, the same size as once hydrated', async () => {
    const path = paths.newsletter('fr');
    const plain = await browser().newPage({ javaScriptEnabled: false });
    await plain.goto(baseUrl + path);
    const form = await describeForm(plain);
    expect(form).toMatchObject({ method: 'post', lang: 'fr', source: path, unlabelled: [] });
    expect(await plain.locator(`${FORM} input[name="started"]`).count()).toBe(0);
    expect(await plain.locator(FORM).getAttribute('novalidate')).toBeNull();
    const size = async (p: Page) => {
      const box = await p.locator(FORM).boundingBox();
      return { width: box?.width, height: box?.height };
    };
    const before = await size(plain);
    await plain.close();

    const page = await browser().newPage();
    await hydrated(page, path);
    expect(await size(page)).toEqual(before);
    await page.close();
  });

  it('loads no code until the reader touches it, and keeps what was typed meanwhile', async () => {
    const page = await browser().newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(baseUrl + paths.newsletter('en'));
    await page.locator(FORM).scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => /NewsletterForm/.test(s))).toEqual([]);
    expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);

    await page.locator(`${FORM} [name="email"]`).click();
    await page.keyboard.type('reader@example.com');
    await page.waitForSelector(`astro-island:not([ssr]) ${FORM} input[name="started"]`, {
      state: 'attached',
    });
    expect(scripts.some((s) => /NewsletterForm/.test(s))).toBe(true);
    expect(await page.locator(`${FORM} [name="email"]`).inputValue()).toBe('reader@example.com');
    const started = Number(await page.locator(`${FORM} [name="started"]`).inputValue());
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    await page.close();
  });

  it('never lets the Tab key reach the honeypot', async () => {
    const page = await browser().newPage();
    await hydrated(page, paths.newsletter('en'));
    await page.locator(`${FORM} [name="email"]`).focus();
    const reached: string[] = [];
    for (let i = 0; i < 10; i++) {
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLInputElement;
          return el.name || el.getAttribute('href') || el.tagName;
        }),
      );
      await page.keyboard.press('Tab');
    }
    expect(reached).toContain('consent');
    expect(reached).toContain(paths.privacy('en'));
    expect(reached).toContain('BUTTON');
    expect(reached).not.toContain('website');
    await page.close();
  });

  it('answers a missing address or consent in place, without sending anything', async () => {
    const page = await browser().newPage();
    const posts: string[] = [];
    page.on('request', (r) => r.method() === 'POST' && posts.push(r.url()));
    await hydrated(page, paths.newsletter('fr'));
    await page.locator(`${FORM} button[type="submit"]`).click();
    const email = page.locator(`${FORM} [name="email"]`);
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    const described = (await email.getAttribute('aria-describedby'))!.split(' ');
    const message = await page.locator(`#${described[0]}`).textContent();
    expect(message).toContain('Saisissez votre adresse e-mail');

    await email.fill('lecteur@example.com');
    await page.locator(`${FORM} [name="lang"][value="en"]`).check();
    await page.locator(`${FORM} button[type="submit"]`).click();
    const consent = page.locator(`${FORM} [name="consent"]`);
    expect(await consent.getAttribute('aria-invalid')).toBe('true');
    expect(await consent.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await email.getAttribute('aria-invalid')).toBeNull();
    expect(await email.inputValue()).toBe('lecteur@example.com');
    expect(await page.locator(`${FORM} [name="lang"]:checked`).getAttribute('value')).toBe('en');
    expect(await violations(page)).toEqual([]);
    expect(posts).toEqual([]);
    await page.close();
  });
});

/**
 * The island's answers, with the server's replies played by the browser (`page.route`): what it
 * does with each kind of answer, not the signup itself (the journey tests cover that).
 */
describe('the newsletter form with JavaScript, given an answer', () => {
  /** Opens the English newsletter page with the form filled in, ready to send. */
  async function filled(page: Page) {
    await hydrated(page, paths.newsletter('en'));
    await page.locator(`${FORM} [name="email"]`).fill('reader@example.com');
    await page.locator(`${FORM} [name="lang"][value="fr"]`).check();
    await page.locator(`${FORM} [name="consent"]`).check();
  }
  const submit = (page: Page) => page.locator(`${FORM} button[type="submit"]`).click();
  const focused = (page: Page) =>
    page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName);

  it('sends the fields once, even when sent again meanwhile, and puts the success in place', async () => {
    const page = await browser().newPage();
    const sent: { body: string; accept: string | undefined }[] = [];
    await page.route(`**${paths.newsletterSubscribe()}`, async (route) => {
      sent.push({
        body: route.request().postData() ?? '',
        accept: route.request().headers().accept,
      });
      await new Promise((done) => setTimeout(done, 1500));
      await route.fulfill({ status: 202, json: { ok: true, message: 'Check your inbox.' } });
    });
    await filled(page);
    await submit(page);
    expect(await page.locator(`${FORM} button[type="submit"]`).textContent()).toBe('Sending…');
    // Again while sending: a forced click (the button says it is disabled) and Enter in the field.
    await page.locator(`${FORM} button[type="submit"]`).click({ force: true });
    await page.locator(`${FORM} [name="email"]`).press('Enter');
    await page.waitForSelector('.newsletter__done');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.accept).toBe('application/json');
    const body = Object.fromEntries(new URLSearchParams(sent[0]!.body));
    expect(body).toMatchObject({
      email: 'reader@example.com',
      consent: 'yes',
      lang: 'fr',
      source: paths.newsletter('en'),
      website: '',
    });
    expect(body.started).toMatch(/^\d{13}$/);
    expect(await focused(page)).toBe('newsletter-done');
    expect(await page.locator('.newsletter__done').textContent()).toContain('48 hours');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('marks the field the server refuses, focuses it and keeps what was typed', async () => {
    const page = await browser().newPage();
    await page.route(`**${paths.newsletterSubscribe()}`, (route) =>
      route.fulfill({
        status: 400,
        json: { ok: false, problem: 'email.several', field: 'email', message: 'x' },
      }),
    );
    await filled(page);
    await submit(page);
    const email = page.locator(`${FORM} [name="email"]`);
    await page.waitForSelector(`${FORM} [name="email"][aria-invalid="true"]`);
    expect(await focused(page)).toBe('newsletter-email');
    expect(await email.inputValue()).toBe('reader@example.com');
    expect(await page.locator('#newsletter-email-error').textContent()).toContain(
      'just one email address',
    );
    expect(await page.locator(`${FORM} [name="consent"]`).isChecked()).toBe(true);
    await page.close();
  });

  it('says how long to wait when sign-ups are limited', async () => {
    const page = await browser().newPage();
    await page.route(`**${paths.newsletterSubscribe()}`, (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '600' },
        json: { ok: false, problem: 'request.rate', message: 'x' },
      }),
    );
    await filled(page);
    await submit(page);
    await page.waitForSelector(`${FORM} [role="status"] .newsletter__error`);
    expect(await page.locator(`${FORM} [role="status"]`).textContent()).toContain('10 min');
    await page.close();
  });

  it('says when the connection fails, loses nothing, and sends again on request', async () => {
    const page = await browser().newPage();
    let attempt = 0;
    await page.route(`**${paths.newsletterSubscribe()}`, (route) =>
      ++attempt === 1
        ? route.abort('internetdisconnected')
        : route.fulfill({ status: 202, json: { ok: true, message: 'x' } }),
    );
    await filled(page);
    await submit(page);
    await page.waitForSelector(`${FORM} [role="status"] .newsletter__error`);
    expect(await page.locator(`${FORM} [role="status"]`).textContent()).toContain('Sending failed');
    expect(await page.locator(`${FORM} [name="email"]`).inputValue()).toBe('reader@example.com');
    expect(await page.locator(`${FORM} [name="lang"]:checked`).getAttribute('value')).toBe('fr');
    await submit(page);
    await page.waitForSelector('.newsletter__done');
    expect(attempt).toBe(2);
    await page.close();
  });
});

describe('the footer', () => {
  it('links to the newsletter and the privacy notice in both languages', async () => {
    const page = await browser().newPage();
    for (const lang of ['fr', 'en'] as const) {
      await page.goto(baseUrl + paths.home(lang));
      const links = await page.$$eval('.site-footer a', (as) =>
        as.map((a) => a.getAttribute('href')),
      );
      expect(links).toContain(paths.newsletter(lang));
      expect(links).toContain(paths.privacy(lang));
    }
    await page.close();
  });
});

/** The newsletter's own pages and an article that closes with the form. */
const AUDITED = [
  paths.newsletter('fr'),
  paths.newsletter('en'),
  paths.newsletterThanks('fr'),
  paths.newsletterThanks('en'),
  '/articles/la-chaine-sears/',
  '/en/articles/the-sears-chain/',
];

describe('axe in the light and the dark theme', () => {
  it('finds nothing on the newsletter pages and an article’s form, hydrated', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    const found: string[] = [];
    for (const path of AUDITED) {
      await page.goto(baseUrl + path);
      if (!/merci|thanks/.test(path)) await hydrated(page, path);
      found.push(...(await violationsInBothThemes(page)).map((v) => `${path} ${v}`));
    }
    await page.close();
    expect([...found, ...errors]).toEqual([]);
  });
});

describe('the thanks pages', () => {
  it('are kept out of search engines', async () => {
    const page = await browser().newPage();
    for (const lang of ['fr', 'en'] as const) {
      await page.goto(baseUrl + paths.newsletterThanks(lang));
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('h1').textContent()).toBeTruthy();
    }
    await page.close();
  });
});
