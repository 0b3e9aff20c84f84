import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { CHAIN_PAGE } from '../../src/i18n/chain.ts';
import { LANGS } from '../../src/i18n/lang.ts';

/** Scratch space inside the project (git-ignored): a build outside it cannot resolve its packages. */
const SCRATCH = resolve('var/test-builds');

/** Deletes every fixture build, content copy and their caches (see `cacheDir` in astro.config). */
export function removeScratch(): void {
  rmSync(SCRATCH, { recursive: true, force: true });
  rmSync(resolve('var/cache'), { recursive: true, force: true });
}

function scratch(prefix: string): string {
  mkdirSync(SCRATCH, { recursive: true });
  return mkdtempSync(join(SCRATCH, prefix));
}

/** The outcome of one `astro build`. */
export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** A tool page's text in each language, as short as the build accepts. */
const TOOL_PAGE = {
  fr: '---\ndescription: Explication de test.\n---\n\nLe modèle, en une phrase de test.\n',
  en: '---\ndescription: Test explanation.\n---\n\nThe model, in one test sentence.\n',
} as const;

/**
 * A fresh copy of the fixture content, to build as is or to break one file of. The site's own
 * reference list comes along, because the calculators cite it whatever the articles are, and
 * every registered calculator (and the "your chain" tool) gets a tool page in each language, so a new calculator needs no
 * fixture of its own.
 */
export function fixtureContent(): string {
  const dir = scratch('content-');
  cpSync(resolve('test/fixtures/content'), dir, { recursive: true });
  cpSync(resolve('content/sources'), join(dir, 'sources'), { recursive: true });
  for (const lang of LANGS) {
    mkdirSync(join(dir, 'tools', lang), { recursive: true });
    for (const id of [...CALCULATORS.map((c) => c.id), CHAIN_PAGE])
      writeFileSync(join(dir, 'tools', lang, `${id}.mdx`), TOOL_PAGE[lang]);
  }
  return dir;
}

/** A fresh copy of `src/`, to add a file to as a newcomer would (`buildWith`'s `src`). */
export function sourceCopy(): string {
  const dir = join(scratch('src-'), 'src');
  cpSync(resolve('src'), dir, { recursive: true });
  return dir;
}

/**
 * Runs a real `astro build` of the site over `content` (and the source folder `src`, by default
 * this project's) into a temporary folder. Asynchronous, so that several fixture builds (each
 * with its own content folder, cache and output) run at once.
 */
export function buildWith(content: string, src = 'src'): Promise<BuildResult> {
  const outDir = scratch('dist-');
  const child = spawn('node_modules/.bin/astro', ['build', '--outDir', outDir], {
    // As `npm run build` runs it; vitest's NODE_ENV=test would put Vite in a non-production mode.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LELIEN_CONTENT: content,
      LELIEN_SRC: src,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  return new Promise((resolve) => {
    child.on('error', (e) => (output += String(e)));
    child.on('close', (status) => resolve({ status, output, outDir }));
  });
}
