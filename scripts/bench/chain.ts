/**
 * The "your chain" tool in `npm run bench`, in Chromium against the built server: how long a
 * 10,000-row table takes from the paste to the results on screen (median of `runs`, CPU
 * unthrottled; goal ≤ 150 ms), and how long changing a column assignment takes from the input
 * to the first task after the next frame, on the sample (24 units, two periods) and on 10,000
 * units, unthrottled and slowed 4× (goals: p98 ≤ 50 ms and ≤ 150 ms). The analysis runs in a
 * worker, so both are timed to the frame that shows the worker's answer, not the next frame.
 */
import type { Browser, Page } from 'playwright-core';
import { percentile, startBuiltServer, launchChromium } from '../serve.ts';
import { random } from '../synthetic.ts';
import type { Figure } from './report.ts';

const PATH = '/en/tools/your-chain/';
const CHANGES = 30;
const WARMUP = 3;
const GOAL = { paste: 150, column: { 1: 50, 4: 150 } } as const;

/** A table of `rows` units in one period, as an English export (seeded: the same every run). */
export function bigTable(rows: number): string {
  const next = random(2026);
  const lines = ['Unit,Employee score,Customer score,Respondents'];
  for (let i = 0; i < rows; i++) {
    const e = 50 + 40 * next();
    lines.push(
      `Unit ${i + 1},${e.toFixed(1)},${(4 + e / 20 + next() * 2).toFixed(2)},${5 + Math.floor(next() * 40)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function open(browser: Browser, url: string, rate: 1 | 4): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('astro-island:not([ssr]) .chain-tool');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/**
 * Pastes `text` (the whole text, one `input` event, as a paste) and returns the milliseconds
 * until the first task after the frame that shows `units` units.
 */
function pasteTime(page: Page, text: string, units: number): Promise<number> {
  return page.evaluate(
    ([text, units]) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLTextAreaElement>('textarea[name="data"]')!;
        const output = document.querySelector('output[name="units"]')!;
        const start = performance.now();
        const done = () =>
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        new MutationObserver((_, observer) => {
          if (output.getAttribute('data-value') !== String(units)) return;
          observer.disconnect();
          done();
        }).observe(output, { attributes: true });
        box.value = text;
        box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }),
    [text, units] as const,
  );
}

/**
 * Chooses `text` as a file and returns the milliseconds from the input's `change` event until
 * the first task after the frame that shows `units` units: reading, decoding, parsing,
 * analysing and drawing, without the text box (a large file's text is not put in it).
 */
async function fileTime(page: Page, text: string, units: number): Promise<number> {
  const done = page.evaluate(
    (units) =>
      new Promise<number>((resolve) => {
        const input = document.querySelector<HTMLInputElement>('input[name="file"]')!;
        const output = document.querySelector('output[name="units"]')!;
        let start = 0;
        input.addEventListener('change', (e) => (start = e.timeStamp), {
          capture: true,
          once: true,
        });
        new MutationObserver((_, observer) => {
          if (output.getAttribute('data-value') !== String(units)) return;
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        }).observe(output, { attributes: true });
      }),
    units,
  );
  await page.locator('input[name="file"]').setInputFiles({
    name: 'units.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
  return done;
}

/**
 * Changes the respondents column back and forth; for each change, the milliseconds from the
 * input to the first task after the frame that shows its results (the results section stops
 * being `aria-busy` once the worker's answer is drawn).
 */
async function columnTimes(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const w = window as unknown as { samples: number[] };
    w.samples = [];
    let start = 0;
    const results = document.querySelector('.chain-tool__results')!;
    document.addEventListener('input', (event) => (start = event.timeStamp), true);
    new MutationObserver(() => {
      if (results.hasAttribute('aria-busy') || !start) return;
      const from = start;
      start = 0;
      requestAnimationFrame(() => setTimeout(() => w.samples.push(performance.now() - from)));
    }).observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  const select = page.locator('select[name="column-respondents"]');
  const options = await select
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  const [none, column] = [options[0]!, options.at(-1)!];
  for (let i = 0; i < CHANGES; i++) {
    await select.selectOption(i % 2 ? none : column);
    await page.waitForFunction(() => !document.querySelector('.chain-tool__results[aria-busy]'));
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() => (window as unknown as { samples: number[] }).samples);
  return samples.slice(WARMUP);
}

/** The tool's figures. */
export async function chainFigures(options: {
  runs: number;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  const { base, stop } = await startBuiltServer();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  const big = bigTable(10_000);
  try {
    const files: number[] = [];
    const pastes: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      options.progress(`your chain: 10,000 rows, run ${run + 1}`);
      const page = await open(browser, base + PATH, 1);
      files.push(await fileTime(page, big, 10_000));
      await page.close();
      const again = await open(browser, base + PATH, 1);
      pastes.push(await pasteTime(again, big, 10_000));
      await again.close();
    }
    figures.push({
      section: 'Your chain',
      name: '10,000 rows from a file → results on screen, CPU unthrottled · median',
      value: percentile(files, 0.5),
      unit: 'ms',
      runs: files.length,
      goal: { op: '<=', target: GOAL.paste },
      note: 'read, decoded, parsed, analysed and drawn',
    });
    figures.push({
      section: 'Your chain',
      name: '10,000 rows pasted → results on screen, CPU unthrottled · median',
      value: percentile(pastes, 0.5),
      unit: 'ms',
      runs: pastes.length,
      note: 'includes laying out 10,000 lines in the text box, which the browser alone takes about 200 ms for',
    });
    for (const [label, units] of [
      ['the sample (24 units)', 0],
      ['10,000 units', 10_000],
    ] as const) {
      for (const rate of [1, 4] as const) {
        const samples: number[] = [];
        for (let run = 0; run < options.runs; run++) {
          options.progress(`your chain: column change on ${label}, CPU ${rate}×, run ${run + 1}`);
          const page = await open(browser, base + PATH, rate);
          if (units) await pasteTime(page, big, units);
          else {
            await page.getByRole('button', { name: /sample/ }).click();
            await page.waitForSelector('output[name="r"]:not([data-value=""])');
          }
          samples.push(...(await columnTimes(page)));
          await page.close();
        }
        figures.push({
          section: 'Your chain',
          name: `column change on ${label}, CPU ${rate === 1 ? 'unthrottled' : 'slowed 4×'} · p98`,
          value: percentile(samples, 0.98),
          unit: 'ms',
          runs: samples.length,
          ...(units === 0 && { goal: { op: '<=', target: GOAL.column[rate] } }),
        });
      }
    }
  } finally {
    await browser.close();
    stop();
  }
  return figures;
}
