/**
 * Calculator responsiveness for `npm run bench`: in Chromium, against the built server, each
 * calculator is used the two ways a manager uses it, dragging a slider and typing a number, and
 * every input is timed from the event's timestamp to the first task after the next animation
 * frame (the moment the updated results can be on screen), with the CPU unthrottled and slowed
 * 4× (Lighthouse's phone). Each figure pools the inputs of every calculator and run, leaving
 * out each gesture's first WARMUP inputs (the JIT warming up). Goals: p98 ≤ 25 ms unthrottled,
 * ≤ 100 ms at 4×.
 */
import type { Browser, Page } from 'playwright-core';
import { builtPages } from '../../test/support/dist.ts';
import { launchChromium, percentile, startBuiltServer } from '../serve.ts';
import type { Figure } from './report.ts';

const MOVES = 60;
const WARMUP = 3;
const GOAL = { 1: 25, 4: 100 } as const;

type Gesture = 'slider' | 'typing';

/** Starts timing every `input` event of the page; `samples()` reads the times so far. */
async function listen(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { samples: number[] };
    w.samples = [];
    document.addEventListener(
      'input',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.samples.push(performance.now() - start)));
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { samples: number[] }).samples);
}

/** Drags the first slider from one end to the other in MOVES steps. */
async function drag(page: Page): Promise<void> {
  const slider = page.locator('.calc input[type="range"]').first();
  await slider.scrollIntoViewIfNeeded();
  const box = (await slider.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 4, y);
  await page.mouse.down();
  for (let i = 1; i <= MOVES; i++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * i) / MOVES, y);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
}

/** Types numbers into the first text field, a key every 60 ms, as a quick typist does. */
async function type(page: Page): Promise<void> {
  const field = page.locator('.calc input[inputmode="decimal"]').first();
  await field.scrollIntoViewIfNeeded();
  await field.click();
  for (let i = 0; i < MOVES / 6; i++) {
    await field.fill('');
    await field.pressSequentially('12345', { delay: 60 });
  }
}

/** The input-to-next-frame times of one gesture on a fresh page at a CPU slowdown `rate`. */
async function measure(
  browser: Browser,
  url: string,
  gesture: Gesture,
  rate: 1 | 4,
): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(url);
    // Calculators hydrate when the reader points at them.
    await page.locator('.calc').hover();
    await page.waitForSelector('astro-island:not([ssr]) .calc');
    const samples = await listen(page);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await (gesture === 'slider' ? drag(page) : type(page));
    await page.waitForTimeout(400);
    return (await samples()).slice(WARMUP);
  } finally {
    await page.close();
  }
}

/** Responsiveness figures for the calculators' tool pages (`only`: those whose path matches). */
export async function calculatorFigures(options: {
  runs: number;
  only?: RegExp;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  // The calculators' pages (the your-chain tool has no calculator: scripts/bench/chain.ts).
  const tools = builtPages()
    .filter((p) => /^\/en\/tools\/[^/]+\/$/.test(p.path) && p.doc.querySelector('.calc'))
    .map((p) => p.path)
    .filter((path) => options.only?.test(path) ?? true);
  const { base, stop } = await startBuiltServer();
  const browser = await launchChromium();
  const figures: Figure[] = [];
  try {
    for (const gesture of ['slider', 'typing'] as const) {
      for (const rate of [1, 4] as const) {
        const pooled: number[] = [];
        let worst = { path: '', p98: 0 };
        for (const path of tools) {
          const samples: number[] = [];
          for (let run = 0; run < options.runs; run++) {
            options.progress(`calculators: ${gesture}, CPU ${rate}×, ${path}, run ${run + 1}`);
            samples.push(...(await measure(browser, base + path, gesture, rate)));
          }
          const p98 = percentile(samples, 0.98);
          if (p98 > worst.p98) worst = { path, p98 };
          pooled.push(...samples);
        }
        const name = `${gesture}, CPU ${rate === 1 ? 'unthrottled' : 'slowed 4×'}`;
        const common = { section: 'Calculators', unit: 'ms', runs: pooled.length };
        figures.push({ ...common, name: `${name} · p50`, value: percentile(pooled, 0.5) });
        figures.push({
          ...common,
          name: `${name} · p98`,
          value: percentile(pooled, 0.98),
          goal: { op: '<=', target: GOAL[rate] },
          note: `${tools.length} calculators; slowest ${worst.path.split('/')[3]} (${worst.p98.toFixed(0)} ms)`,
        });
      }
    }
  } finally {
    await browser.close();
    stop();
  }
  return figures;
}
