/**
 * Calculator responsiveness for `npm run bench`: starts the built server, drags each
 * calculator's first slider in Chromium and measures input-to-next-frame (from the input event's
 * timestamp to the first task after the next animation frame), p50 and p98, with the CPU
 * unthrottled and throttled 4×. Each figure pools RUNS drags of MOVES inputs on a fresh page,
 * leaving out each drag's first WARMUP inputs (the JIT warming up). Goal: p98 ≤ 25 ms
 * unthrottled, ≤ 100 ms at 4×.
 */
import { builtPages } from '../test/support/dist.ts';
import { launchChromium, percentile, startBuiltServer } from './serve.ts';

const MOVES = 60;
const RUNS = 3;
const WARMUP = 3;

const { base, stop } = await startBuiltServer();
const browser = await launchChromium();
const goal = { 1: 25, 4: 100 } as const;
const rows: string[][] = [];
let failed = false;
try {
  const tools = builtPages()
    .map((p) => p.path)
    .filter((path) => /^\/en\/tools\/[^/]+\/$/.test(path));
  for (const path of tools) {
    for (const rate of [1, 4] as const) {
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const cdp = await page.context().newCDPSession(page);
        await page.goto(base + path);
        // Calculators hydrate when the reader points at them.
        await page.locator('.calc').hover();
        await page.waitForSelector('astro-island:not([ssr]) .calc');
        await page.evaluate(() => {
          const w = window as unknown as { samples: number[] };
          w.samples = [];
          document.addEventListener(
            'input',
            (event) => {
              const start = event.timeStamp;
              requestAnimationFrame(() =>
                setTimeout(() => w.samples.push(performance.now() - start)),
              );
            },
            true,
          );
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
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
        await page.waitForTimeout(300);
        const drag = await page.evaluate(
          () => (window as unknown as { samples: number[] }).samples,
        );
        samples.push(...drag.slice(WARMUP));
        await page.close();
      }
      const p50 = percentile(samples, 0.5);
      const p98 = percentile(samples, 0.98);
      const pass = p98 <= goal[rate];
      failed ||= !pass;
      rows.push([
        path.split('/')[3] ?? path,
        rate === 1 ? 'none' : '4×',
        String(samples.length),
        `${p50.toFixed(1)} ms`,
        `${p98.toFixed(1)} ms`,
        `≤ ${goal[rate]} ms ${pass ? '✓' : '✗'}`,
      ]);
    }
  }
} finally {
  await browser.close();
  stop();
}
console.log('\nCalculator slider drag, input to next frame (Chromium)');
console.log(
  ['calculator', 'CPU throttle', 'inputs', 'p50', 'p98', 'goal (p98)']
    .map((h) => h.padEnd(20))
    .join(''),
);
for (const row of rows) console.log(row.map((c) => c.padEnd(20)).join(''));
if (failed) process.exitCode = 1;
