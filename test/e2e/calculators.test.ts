import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaults, evaluateValues } from '../../src/calculators/check.ts';
import type { AnyDeclaration } from '../../src/calculators/model.ts';
import climate from '../../src/calculators/declarations/service-climate.ts';
import { formatResult } from '../../src/calculators/numbers.ts';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { writeQuery } from '../../src/calculators/url.ts';
import { paths } from '../../src/i18n/routes.ts';
import { violations } from './axe.ts';
import { baseUrl, collectErrors, sharedPages } from './browser.ts';

const { browser, newPage } = sharedPages();

/**
 * Per calculator: a field to type a French decimal into, the text typed and the value meant,
 * derived from its declaration: the first input with a fractional step, one step above its
 * default (below it at the maximum), with a decimal part. A calculator where no such value is
 * valid fails here, naming itself.
 */
function decimalCase(declaration: AnyDeclaration): [string, string, number] {
  for (const input of declaration.inputs) {
    if (input.unit === 'flag' || input.integer || input.step >= 1) continue;
    const near = (n: number) => Math.round((input.default + n * input.step) * 1e6) / 1e6;
    for (const value of [near(1), near(2), near(-1), near(-2)]) {
      if (Number.isInteger(value) || value > input.max || value < input.min) continue;
      if (!evaluateValues(declaration, { ...defaults(declaration), [input.name]: value }).ok)
        continue;
      return [input.name, String(value).replace('.', ','), value];
    }
  }
  throw new Error(`${declaration.id}: no input takes a decimal value near its default`);
}

/** A valid scenario away from the defaults: money doubled, attribution at 40 %. */
function scenario(declaration: AnyDeclaration): Record<string, number> {
  const values = defaults(declaration);
  for (const input of declaration.inputs) {
    if (input.unit === 'money' && input.default > 0) values[input.name] = input.default * 2;
    if (input.name === 'attribution') values[input.name] = 40;
  }
  return values;
}

/** Opens a page, points at its calculator as a reader would, and waits until it has hydrated. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  const calc = page.locator('.calc').first();
  await calc.scrollIntoViewIfNeeded();
  await calc.hover();
  await page.waitForSelector('astro-island:not([ssr]) .calc');
}

/** Every request a page makes for a script, by path. */
function scriptRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** Holds every script of the build back for `ms`, as a slow network would. */
async function slowScripts(page: Page, ms: number): Promise<void> {
  await page.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}

/** Every `<output>`'s name and `data-value` in the first calculator of the page. */
function outputs(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.calc output[name]', (els) =>
    Object.fromEntries(els.map((el) => [el.getAttribute('name'), el.getAttribute('data-value')])),
  );
}

/** What the pure core says every output is for `values`, as `data-value` writes it. */
function expected(
  declaration: AnyDeclaration,
  values: Record<string, number>,
): Record<string, string> {
  const outcome = evaluateValues(declaration, values);
  if (!outcome.ok) throw new Error(`${declaration.id}: test scenario is invalid`);
  return Object.fromEntries(
    declaration.outputs.map((o) => [
      o.name,
      outcome.results[o.name] == null ? '' : String(outcome.results[o.name]),
    ]),
  );
}

// Concurrent: each test has its own page, and Chromium's renderers use both cores while one
// page waits. `expect` comes from each test's context, as concurrent tests need.
describe.concurrent.each(CALCULATORS.map((c) => [c.id, c] as const))(
  'calculator %s',
  (_id, declaration) => {
    const fr = baseUrl + paths.tool('fr', declaration.slug.fr);
    const en = baseUrl + paths.tool('en', declaration.slug.en);

    it('renders the worked example before JavaScript, every output present', async ({ expect }) => {
      const context = await browser().newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(en);
      expect(await outputs(page)).toEqual(expected(declaration, defaults(declaration)));
      await context.close();
    });

    it('loads a scenario from URL parameters into every output', async ({ expect }) => {
      const page = await newPage();
      const errors = collectErrors(page);
      const values = scenario(declaration);
      // Untouched: a shared scenario in the address hydrates the calculator by itself.
      await page.goto(`${en}?${writeQuery(declaration, values, 'CAD', '')}`);
      await page.waitForSelector('astro-island:not([ssr]) .calc');
      await expect.poll(() => outputs(page)).toEqual(expected(declaration, values));
      expect(await page.inputValue('select[name="currency"]')).toBe('CAD');
      expect(errors).toEqual([]);
      await page.close();
    });

    it('reads a French decimal comma, follows in the URL and restores on reload', async ({
      expect,
    }) => {
      const page = await newPage();
      const [name, text, value] = decimalCase(declaration);
      await open(page, fr);
      await page.fill(`.calc input[name="${name}"]`, text);
      await expect.poll(() => new URL(page.url()).searchParams.get(name)).toBe(String(value));
      const values = { ...defaults(declaration), [name]: value };
      await expect.poll(() => outputs(page)).toEqual(expected(declaration, values));
      await page.reload();
      await page.waitForSelector('astro-island:not([ssr]) .calc');
      expect(await page.inputValue(`.calc input[name="${name}"]`)).toBe(text);
      await expect.poll(() => outputs(page)).toEqual(expected(declaration, values));
      await page.close();
    });

    it('shows a field error with aria-invalid and dashes instead of results', async ({
      expect,
    }) => {
      const page = await newPage();
      const first = declaration.inputs.find((i) => i.unit !== 'flag')!;
      await open(page, en);
      const field = page.locator(`.calc input[name="${first.name}"]`);
      await field.fill('abc');
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
      const described = (await field.getAttribute('aria-describedby'))!.split(' ');
      const message = await page.locator(`#${described[0]}`).textContent();
      expect(message).toMatch(/Enter a number/);
      const shown = Object.values(await outputs(page));
      expect(shown.every((v) => v === '')).toBe(true);
      expect(await page.locator('.calc__figure output').textContent()).toBe('—');
      await expect.poll(() => new URL(page.url()).searchParams.get(first.name)).toBe('abc');
      await page.close();
    });

    it('is usable with the keyboard alone: type, slide, reset', async ({ expect }) => {
      const page = await newPage();
      await open(page, en);
      const slider = declaration.inputs.find(
        (i) => i.unit !== 'flag' && (i.slider || Number.isFinite(i.max)),
      )!;
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press('Tab');
        if (
          await page.evaluate(
            (n) => document.activeElement?.getAttribute('name') === n,
            slider.name,
          )
        )
          break;
      }
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
        slider.name,
      );
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe(
        'range',
      );
      const before = await page.inputValue(`.calc input[name="${slider.name}"]`);
      await page.keyboard.press(
        slider.default >= (slider.slider?.max ?? slider.max) ? 'ArrowLeft' : 'ArrowRight',
      );
      await expect
        .poll(() => page.inputValue(`.calc input[name="${slider.name}"]`))
        .not.toBe(before);
      await page.getByRole('button', { name: 'Reset to defaults' }).press('Enter');
      await expect.poll(() => page.inputValue(`.calc input[name="${slider.name}"]`)).toBe(before);
      await page.close();
    });

    it('prints on one A4 page: question, inputs, headline with band, chart, assumptions, link', async ({
      expect,
    }) => {
      const page = await newPage();
      await open(page, fr);
      await page.emulateMedia({ media: 'print' });
      for (const selector of [
        '.tool__header .lead',
        '.calc__inputs',
        '.calc__band',
        '.chart:visible',
        '.assumptions',
        '.calc__link',
      ]) {
        expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
      }
      expect(await page.locator('.calc__toolbar').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      await page.close();
    });

    it('has no axe violations edited and in error (its default state: the site-wide scan)', async ({
      expect,
    }) => {
      const page = await newPage();
      await open(page, fr);
      const first = declaration.inputs.find((i) => i.unit !== 'flag')!;
      const [name, text] = decimalCase(declaration);
      await page.fill(`.calc input[name="${name}"]`, text);
      await page.locator('.chart__data summary').first().click();
      // Only the calculator changed since the page was scanned whole in accessibility.test.ts.
      const found = [...(await violations(page, { scope: '.calc' }))];
      await page.fill(`.calc input[name="${first.name}"]`, 'abc');
      await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(1);
      found.push(...(await violations(page, { scope: '.calc' })));
      expect(found).toEqual([]);
      await page.close();
    });
  },
);

// A fresh context per test here: scripts must come from the network, not the shared cache.
describe('loading', () => {
  it('loads none of a calculator’s code until the reader points at it', async () => {
    const page = await browser().newPage();
    const scripts = scriptRequests(page);
    await page.goto(`${baseUrl}/en/tools/engagement-roi/`, { waitUntil: 'networkidle' });
    await page.locator('.calc').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    expect(await page.locator('astro-island[ssr] .calc').count()).toBe(1);
    await page.locator('.calc').hover();
    await page.waitForSelector('astro-island:not([ssr]) .calc');
    expect(scripts.some((s) => /CalculatorIsland\./.test(s))).toBe(true);
    // Its own declaration, and no other calculator's.
    const ids = CALCULATORS.map((c) => c.id);
    const declarations = scripts.filter((s) => ids.some((id) => s.includes(`/${id}.`)));
    expect(declarations).toEqual([expect.stringMatching(/\/engagement-roi\.[^/]*\.js$/)]);
    await page.close();
  });

  it('keeps what the reader typed and slid while the code was on its way', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await slowScripts(page, 800);
    await page.goto(`${baseUrl}/en/tools/service-climate/`);
    await page.fill('.calc input[name="revenue"]', '2,000,000');
    const slider = page.locator('.field:has(input[name="climateNow"]) input[type="range"]');
    const box = (await slider.boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    const climateNow = Number(await slider.inputValue());
    expect(await page.locator('astro-island[ssr] .calc').count()).toBe(1);
    const values = { ...defaults(climate), revenue: 2_000_000, climateNow };
    await expect.poll(() => outputs(page)).toEqual(expected(climate, values));
    await expect.poll(() => new URL(page.url()).searchParams.get('revenue')).toBe('2000000');
    await page.close();
  });

  it('presses a button pressed before the code arrived once it works', async () => {
    const page = await browser().newPage();
    await slowScripts(page, 800);
    await page.goto(`${baseUrl}/en/tools/service-climate/`);
    await page.getByRole('button', { name: 'Reset to defaults' }).click();
    expect(await page.locator('astro-island[ssr] .calc').count()).toBe(1);
    await expect
      .poll(() => page.locator('.calc__message').textContent(), { timeout: 8000 })
      .toMatch(/restored/);
    await page.close();
  });

  it('draws its charts at a phone’s width before it hydrates', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${baseUrl}/en/tools/engagement-roi/`);
    const shown = page.locator('.chart__variant:visible svg');
    expect(await shown.count()).toBeGreaterThan(0);
    for (const box of await shown.evaluateAll((svgs) =>
      svgs.map((s) => ({ view: (s as SVGSVGElement).viewBox.baseVal.width, real: s.clientWidth })),
    )) {
      // Drawn for a column about this wide, so its labels keep (nearly) their size.
      expect(box.real / box.view).toBeGreaterThan(0.85);
      expect(box.real / box.view).toBeLessThan(1.15);
    }
    await page.close();
  });
});

describe('sharing and reuse', () => {
  it('copies a link that reproduces the scenario', async () => {
    const context = await browser().newContext({
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await open(page, `${baseUrl}/en/tools/service-climate/`);
    await page.fill('.calc input[name="revenue"]', '2,000,000');
    await expect.poll(() => new URL(page.url()).searchParams.get('revenue')).toBe('2000000');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.locator('.calc__message').textContent()).toMatch(/Link copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    await context.close();
  });

  it('offers a French CSV with a BOM, semicolons and decimal commas', async () => {
    const page = await newPage();
    await open(page, `${baseUrl}/outils/climat-de-service/`);
    const href = (await page.getAttribute('.calc a[download]', 'href'))!;
    const csv = decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, ''));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('entrée;elasticity;Élasticité (scénario central);0,35;ratio');
    await page.close();
  });

  it('hydrates without moving the layout', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
    await page.goto(`${baseUrl}/en/tools/engagement-roi/`);
    const before = await page.locator('.calc').boundingBox();
    await page.unroute(/\/_astro\/.*\.js$/);
    await open(page, `${baseUrl}/en/tools/engagement-roi/`);
    const after = await page.locator('.calc').boundingBox();
    expect(Math.abs(after!.height - before!.height)).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('serves a chrome-free embed and offers its code on the tool page', async () => {
    const page = await newPage();
    await open(page, `${baseUrl}/embed/service-climate/`);
    expect(await page.locator('.site-header, .site-footer').count()).toBe(0);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('.calc output[name="revenueGain"]').getAttribute('data-value')).toBe(
      '175000',
    );
    await page.goto(`${baseUrl}/en/tools/service-climate/`);
    expect(await page.locator('#embed-code').inputValue()).toMatch(
      /<iframe src="[^"]+\/en\/embed\/service-climate\/"/,
    );
    await page.close();
  });
});

describe('numbers quoted in an article', () => {
  it('render the article’s scenario and follow the reader’s changes, politely announced', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`);
    const live = page.locator('[data-live-calc="service-climate"][data-live-output="revenueGain"]');
    const text = (values: Record<string, number>) => {
      const outcome = evaluateValues(climate, values);
      return outcome.ok
        ? formatResult(
            outcome.results.revenueGain!,
            'money',
            { lang: 'fr', currency: 'EUR' },
            'headline',
          )
        : '';
    };
    expect(await live.textContent()).toBe(text({ revenue: 5_000_000 }));
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await open(page, page.url());
    await page.fill('.calc input[name="revenue"]', '10 000 000');
    await expect.poll(() => live.textContent()).toBe(text({ revenue: 10_000_000 }));
    await page.close();
  });
});
