/**
 * `npm run bench`: builds the site, measures it and prints one table with each figure beside
 * its goal, ✓ or ✗, then writes the same as JSON to `var/bench/results.json`. Parts: page
 * bytes, Lighthouse, calculator responsiveness, search, the server (throughput beside bare sirv,
 * slow clients, hostile signups), and build scaling against a bare Astro site and Starlight. Needs no network and uses Debian's Chromium. `--quick` runs a subset in
 * under two minutes; `--skip=lighthouse,builds` leaves parts out. Progress goes to stderr.
 * Goals and how peers were measured: ../shared/research/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { buildScaling } from './bench/builds.ts';
import { byteFigures } from './bench/bytes.ts';
import { calculatorFigures } from './bench/calculators.ts';
import { barePageFigures } from './bench/bare-page.ts';
import { chainFigures } from './bench/chain.ts';
import { lighthouseFigures, PAGES } from './bench/lighthouse.ts';
import { progress, table, writeJson, type Figure } from './bench/report.ts';
import { revisitFigures } from './bench/revisit.ts';
import { searchFigures } from './bench/search.ts';
import { serverFigures } from './bench/server.ts';

const RESULTS = 'var/bench/results.json';
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const skip = new Set(
  args
    .find((a) => a.startsWith('--skip='))
    ?.slice('--skip='.length)
    .split(',') ?? [],
);
const started = performance.now();

/** Builds the site as `npm run build` does; returns seconds. */
function buildSite(): number {
  progress('building the site (astro build)');
  const t = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build'], {
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`astro build failed:\n${`${result.stdout}\n${result.stderr}`.slice(-3000)}`);
  }
  return (performance.now() - t) / 1000;
}

const PARTS: Record<string, () => Promise<Figure[]> | Figure[]> = {
  bytes: () => byteFigures(),
  lighthouse: () =>
    lighthouseFigures(
      quick
        ? { pages: ['plain article', 'tool page'], presets: ['mobile'], runs: 1, progress }
        : {
            pages: Object.keys(PAGES) as (keyof typeof PAGES)[],
            presets: ['mobile', 'desktop'],
            runs: 3,
            progress,
          },
    ),
  bare: () => barePageFigures({ runs: quick ? 1 : 5, progress }),
  calculators: () =>
    calculatorFigures(quick ? { runs: 1, only: /engagement/, progress } : { runs: 3, progress }),
  chain: () => chainFigures({ runs: quick ? 1 : 3, progress }),
  revisit: () => revisitFigures(progress),
  search: () => searchFigures({ runs: quick ? 1 : 5, synthetic: !quick, progress }),
  server: () => serverFigures({ quick, progress }),
  builds: () =>
    buildScaling(
      quick ? { sizes: [100], runs: 1, progress } : { sizes: [100, 1000], runs: 3, progress },
    ),
};

const figures: Figure[] = [];
const seconds = buildSite();
figures.push({ section: 'Site', name: 'npm run build (this run)', value: seconds, unit: 's' });
for (const [name, part] of Object.entries(PARTS)) {
  if (skip.has(name)) continue;
  figures.push(...(await part()));
}
const elapsed = (performance.now() - started) / 1000;
console.log(table(figures));
console.log(`\n${quick ? 'quick ' : ''}bench took ${elapsed.toFixed(0)} s; figures in ${RESULTS}`);
const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
  encoding: 'utf8',
}).stdout.trim();
writeJson(RESULTS, figures, {
  date: new Date().toISOString(),
  quick,
  skipped: [...skip],
  seconds: Math.round(elapsed),
  commit,
  node: process.version,
  cpus: cpus().length,
});
