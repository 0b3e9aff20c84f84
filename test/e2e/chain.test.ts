import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sampleCsv } from '../../scripts/samples.ts';
import { analyse } from '../../src/analysis/analysis.ts';
import { guessColumns } from '../../src/analysis/columns.ts';
import { OUTPUTS, outputValues, plainDecimal } from '../../src/analysis/outputs.ts';
import { isProblem, readTable } from '../../src/analysis/table.ts';
import { readUnits, type Unit } from '../../src/analysis/units.ts';
import { CHAIN_SLUG } from '../../src/i18n/chain.ts';
import type { Lang } from '../../src/i18n/lang.ts';
import { paths } from '../../src/i18n/routes.ts';
import { violationsInBothThemes } from './axe.ts';
import { baseUrl, collectErrors, sharedPages } from './browser.ts';

const { newPage } = sharedPages();
const toolUrl = (lang: Lang) => baseUrl + paths.tool(lang, CHAIN_SLUG[lang]);

/** Opens the tool and waits until its island has hydrated (it does as the page loads). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('astro-island:not([ssr]) .chain-tool');
}

/** Every `<output>` of the tool by name, as its `data-value`. */
function outputs(page: Page): Promise<Record<string, string>> {
  return page.$$eval('.chain-tool output', (list) =>
    Object.fromEntries(list.map((o) => [o.getAttribute('name'), o.getAttribute('data-value')])),
  );
}

/** What the core computes for a text, as the page should show it. */
function expected(text: string): Record<string, string> {
  const table = readTable(text);
  if (isProblem(table)) throw new Error(table.code);
  const values = outputValues(analyse(readUnits(table, guessColumns(table.headers)) as Unit[]));
  return Object.fromEntries(OUTPUTS.map((name) => [name, plainDecimal(values[name])]));
}

/** Puts text in the box as a paste does: the whole text, then one `input` event. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('textarea[name="data"]').evaluate((box: HTMLTextAreaElement, value) => {
    box.focus();
    box.value = value;
    box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

const problems = (page: Page) => page.locator('.chain-tool__problems li').allTextContents();

describe('the "your chain" tool', () => {
  it('analyses pasted data without a single request, and keeps it out of the URL and storage', async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await open(page, toolUrl('fr'));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = page.url();
    const csv = sampleCsv('fr');
    await paste(page, csv);
    await expect.poll(() => outputs(page)).toEqual(expected(csv));
    await page.selectOption('select[name="column-customer"]', '');
    await expect.poll(() => problems(page)).toEqual([expect.stringMatching(/Score client/)]);
    await page.selectOption('select[name="column-customer"]', '3');
    await page.locator('input[name="file"]').setInputFiles({
      name: 'agences.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await expect
      .poll(() => page.locator('.chain-tool__status').textContent())
      .toMatch(/agences\.csv/);
    await expect.poll(() => outputs(page)).toEqual(expected(csv));
    expect(requests).toEqual([]);
    expect(page.url()).toBe(url);
    const stored = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(stored).not.toMatch(/Amiens/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('gives the same results for a French export and an English one, equal to the core', async () => {
    const page = await newPage();
    await open(page, toolUrl('en'));
    // French Excel: semicolons, decimal commas, Windows-1252 bytes with an accented header.
    const french = Buffer.from(sampleCsv('fr').replace(/\n/g, '\r\n'), 'latin1');
    await page.locator('input[name="file"]').setInputFiles({
      name: 'export.csv',
      mimeType: 'text/csv',
      buffer: french,
    });
    await expect.poll(() => outputs(page)).toEqual(expected(sampleCsv('en')));
    // Tab-separated text, as a spreadsheet puts it on the clipboard.
    await paste(page, sampleCsv('en').replaceAll(',', '\t'));
    await expect.poll(() => outputs(page)).toEqual(expected(sampleCsv('en')));
    await page.close();
  });

  const bad: [string, { text?: string; file?: Buffer }, RegExp][] = [
    ['an empty file', { file: Buffer.alloc(0) }, /empty/],
    ['a binary file', { file: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 8, 0, 1, 2]) }, /not text/],
    ['a 50 MB file', { file: Buffer.alloc(50_000_000, 'a;1;2\n') }, /50 MB.*20 MB/],
    [
      '100,001 rows',
      { text: `Unit,Climate,Satisfaction\n${'A,1,2\n'.repeat(100_001)}` },
      /100,001 lines/,
    ],
    ['one column', { text: 'Branch\nLeeds\nYork\n' }, /one column/],
    [
      'text in a number column',
      { text: 'Branch,Climate,Satisfaction\nLeeds,70,8\nYork,lots,7\nHull,60,6\n' },
      /“Climate” \(Employee score\): not a number on line 3/,
    ],
    [
      'a unit named twice',
      { text: 'Branch,Climate,Satisfaction\nLeeds,70,8\nleeds,60,7\nHull,65,6\n' },
      /“Leeds” appears more than once.*lines 2 and 3/,
    ],
    [
      'two units',
      { text: 'Branch,Climate,Satisfaction\nLeeds,70,8\nYork,60,7\n' },
      /at least 3 units/,
    ],
    [
      'a constant column',
      { text: 'Branch,Climate,Satisfaction\nLeeds,70,8\nYork,70,7\nHull,70,6\n' },
      /same value for every unit/,
    ],
  ];

  it.each(bad)('names the problem with %s, and shows no number', async (_, input, message) => {
    const page = await newPage();
    await open(page, toolUrl('en'));
    if (input.file) {
      // Through a file on disk: Playwright sends no buffer over 50 MB.
      const file = join(mkdtempSync(join(tmpdir(), 'chain-')), 'data.csv');
      writeFileSync(file, input.file);
      await page.locator('input[name="file"]').setInputFiles(file);
    } else await paste(page, input.text!);
    await expect.poll(() => problems(page)).toEqual([expect.stringMatching(message)]);
    expect(Object.values(await outputs(page)).every((v) => v === '')).toBe(true);
    expect(await page.locator('.chain-tool').innerText()).not.toMatch(/NaN|Infinity/);
    // Still answering: the reader can go on with the sample.
    await page.getByRole('button', { name: /sample/ }).click();
    await expect.poll(() => outputs(page)).toEqual(expected(sampleCsv('en')));
    await page.close();
  });

  it('lets the keyboard visit every unit of the plot, each announced', async () => {
    const page = await newPage();
    await open(page, toolUrl('en'));
    await page.getByRole('button', { name: /sample/ }).click();
    const dots = page.locator('[data-dot]');
    await expect.poll(() => dots.count()).toBe(24);
    await dots.first().focus();
    const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    const first = await label();
    expect(first).toMatch(/^.+: employees [\d.]+, customers [\d.]+/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(label).not.toBe(first);
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await label()).toBe(await dots.last().getAttribute('aria-label'));
    expect(await page.locator('[data-dot][tabindex="0"]').count()).toBe(1);
    expect(await page.locator('[aria-label*="Cambridge"]').getAttribute('aria-label')).toMatch(
      /fewer than 5 respondents/,
    );
    await page.close();
  });

  it('opens the service-climate calculator with the measured elasticity, labelled as such', async () => {
    const page = await newPage();
    await open(page, toolUrl('fr'));
    await page.getByRole('button', { name: /exemple/ }).click();
    await page.getByRole('link', { name: /Reprendre cette élasticité/ }).click();
    await page.waitForSelector('astro-island:not([ssr]) .calc');
    const field = page.locator('input[name="elasticity"]');
    await expect.poll(() => field.inputValue()).toBe('0,55');
    const note = page.locator('.field__measured');
    await expect.poll(() => note.textContent()).toMatch(/24 unités.*0,32 à 0,78/);
    const assumption = page.locator('[data-measured-input="elasticity"]');
    await expect.poll(() => assumption.textContent()).toMatch(/^0,55, votre mesure\s: 24 unités/);
    await field.fill('0,4');
    await field.blur();
    await expect.poll(() => note.count()).toBe(0);
    expect(await assumption.textContent()).toBe('votre saisie');
    await page.close();
  });

  it('has no axe violation, in either theme, empty, loaded, in error and with one period', async () => {
    const page = await newPage();
    await open(page, toolUrl('fr'));
    const found: string[] = [];
    found.push(...(await violationsInBothThemes(page)).map((v) => `empty: ${v}`));
    await page.getByRole('button', { name: /exemple/ }).click();
    await page.waitForSelector('output[name="elasticity"]:not([data-value=""])');
    await page.locator('.chart__data summary').click();
    found.push(...(await violationsInBothThemes(page)).map((v) => `two periods: ${v}`));
    await paste(page, 'Agence;Climat;Satisfaction\nA;70;8\nB;beaucoup;7\nC;60;\n');
    await page.waitForSelector('.chain-tool__problems li');
    found.push(...(await violationsInBothThemes(page)).map((v) => `error: ${v}`));
    await paste(page, 'Agence;Climat;Satisfaction\nA;70;8\nB;61;7\nC;60;6\nD;66;7\n');
    await page.waitForSelector('output[name="r"]:not([data-value=""])');
    found.push(...(await violationsInBothThemes(page)).map((v) => `one period: ${v}`));
    expect(found).toEqual([]);
    await page.close();
  });

  it('works inside the article that walks through it, loaded as it scrolls into view', async () => {
    const page = await newPage();
    const errors = collectErrors(page);
    await page.goto(baseUrl + paths.article('en', 'measure-your-chain'));
    const tool = page.locator('.chain-tool');
    expect(await page.locator('astro-island:not([ssr]) .chain-tool').count()).toBe(0);
    await tool.scrollIntoViewIfNeeded();
    await page.waitForSelector('astro-island:not([ssr]) .chain-tool');
    await page.getByRole('button', { name: /sample/ }).click();
    await expect.poll(() => outputs(page)).toEqual(expected(sampleCsv('en')));
    expect(await page.locator('.chain-tool h3').textContent()).toBe('Results');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works in its embed, and prints on one A4 page', async () => {
    const page = await newPage();
    await open(page, baseUrl + paths.embed('en', CHAIN_SLUG.en));
    await page.getByRole('button', { name: /sample/ }).click();
    await expect.poll(() => outputs(page)).toEqual(expected(sampleCsv('en')));
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await page.close();
    const tool = await newPage();
    await open(tool, toolUrl('fr'));
    await tool.getByRole('button', { name: /exemple/ }).click();
    await tool.waitForSelector('output[name="r"]:not([data-value=""])');
    await tool.emulateMedia({ media: 'print' });
    const toolPdf = await tool.pdf({ format: 'A4' });
    expect(toolPdf.toString('latin1').match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    await tool.close();
  });
});
