import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedBrowser } from './browser.ts';
import { freePort, waitFor } from '../../scripts/serve.ts';

const browser = sharedBrowser();

function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$|NODE_OPTIONS$)/.test(k),
    ),
  );
}

/** Runs `astro dev` (with extra flags) while `use` runs against it, then stops it. */
async function withDevServer(flags: string[], use: (base: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dev = spawn(
    'node_modules/.bin/astro',
    // --ignore-lock: a test's server neither reads nor writes `.astro/dev.json`, so a lock left by
    // a killed server (whose PID the system may have given to another process) cannot block it.
    ['dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock', ...flags],
    {
      // Without the test runner's variables, which would put Astro and Vite in test mode.
      env: { ...devEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  dev.stdout?.on('data', (d) => (log += d));
  dev.stderr?.on('data', (d) => (log += d));
  dev.on('error', (e) => (log += String(e)));
  dev.on('exit', (code) => (log += `exited with ${code}`));
  try {
    await waitFor(`${base}/articles/`).catch(() => {
      throw new Error(`astro dev did not start:\n${log}`);
    });
    await use(base);
  } finally {
    try {
      if (dev.pid) process.kill(-dev.pid);
    } catch {
      // It has already stopped.
    }
  }
}

/** Opens search on a page of the dev server and types a word. */
async function searchOn(base: string, words: string) {
  const page = await browser().newPage();
  // Vite compiles modules on first request: wait until the page has settled.
  await page.goto(`${base}/articles/`, { waitUntil: 'networkidle' });
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[open] [role="combobox"]:focus', { timeout: 30_000 });
  await page.keyboard.type(words);
  return page;
}

describe('search in `astro dev`', () => {
  it('searches the index of the last build', { timeout: 120_000 }, async () => {
    await withDevServer([], async (base) => {
      const page = await searchOn(base, 'fidelisation');
      await page.waitForSelector('[role="option"][href="/outils/valeur-fidelisation/"]');
      await page.close();
    });
  });

  it('says what to run when there is no build yet', { timeout: 120_000 }, async () => {
    const scratch = resolve('var/test-builds');
    mkdirSync(scratch, { recursive: true });
    const empty = mkdtempSync(join(scratch, 'empty-'));
    await withDevServer(['--outDir', empty], async (base) => {
      const page = await searchOn(base, 'climat');
      await page.waitForFunction(() =>
        document.querySelector('dialog [role="status"]')?.textContent?.includes('npm run build'),
      );
      expect(await page.locator('[role="listbox"]').count()).toBe(0);
      await page.close();
    });
  });
});
