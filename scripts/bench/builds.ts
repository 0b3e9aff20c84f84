/**
 * Build scaling for `npm run bench`: the same synthetic articles built by the real site, a bare
 * Astro 7 site (as `.mdx` and as `.md`) and Starlight, each from clean, the variants interleaved
 * so a drift in machine speed hits all alike, and the site rebuilt after one edit with its caches.
 * Goals: ours ≤ 1.5× bare Astro and ≤ 1.5× Starlight from clean; after one edit, ≤ 1.5× a bare
 * clean build. Run alone: `npx node scripts/bench/builds.ts --sizes 100,1000 --runs 3`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { BENCH, writeCorpus, type Corpus } from './corpus.ts';
import { median, progress as printProgress, table, type Figure } from './report.ts';

const ASTRO = resolve('node_modules/astro/bin/astro.mjs');
const SCRATCH = resolve('var');
const LOGS = join(BENCH, 'logs');

const LABELS = { ours: 'ours', bare: 'bare .mdx', bareMd: 'bare .md', starlight: 'Starlight' };

/** One way of building the corpus: where, with which arguments, and what to wipe first. */
interface Variant {
  key: keyof typeof LABELS;
  label: string;
  root: string;
  outDir: string;
  args: string[];
  env: Record<string, string>;
  /** Caches removed before every run, with the output folder. */
  caches: string[];
}

/** What one build took. */
interface Run {
  seconds: number;
  peakMb: number;
  html: number;
  /** Phase timings read from the build log, in seconds. */
  phases: Record<string, number>;
}

/** Where the site's build cache goes for one corpus, inside `var/` so a clean build can wipe it. */
const buildCache = (corpus: Corpus) => join(BENCH, `build-cache-${corpus.size}`);

function variants(corpus: Corpus): Variant[] {
  const peer = (key: Variant['key'], root: string): Variant => ({
    key,
    label: LABELS[key],
    root,
    outDir: join(root, 'dist'),
    args: [],
    env: {},
    caches: ['.astro', 'node_modules/.astro', 'node_modules/.vite'].map((d) => join(root, d)),
  });
  const outDir = join(BENCH, `site-out-${corpus.size}`);
  return [
    {
      key: 'ours',
      label: LABELS.ours,
      root: resolve('.'),
      outDir,
      args: ['--outDir', outDir],
      env: { LELIEN_CONTENT: corpus.siteContent, LELIEN_BUILD_CACHE: buildCache(corpus) },
      // astro.config.mjs gives each content folder its own cacheDir, named after the folder;
      // the site's own cache of social images and compressed copies goes too (src/build/cache.ts).
      caches: [join(SCRATCH, 'cache', `site-content-${corpus.size}`), buildCache(corpus)],
    },
    peer('bare', corpus.bareMdx),
    peer('bareMd', corpus.bareMd),
    peer('starlight', corpus.starlight),
  ];
}

/** Deletes `path`, refusing anything outside `var/` (never `dist/`, `.astro/` or `node_modules/`). */
function wipe(path: string): void {
  if (!resolve(path).startsWith(SCRATCH + sep)) throw new Error(`refusing to delete ${path}`);
  rmSync(path, { recursive: true, force: true });
}

/** The resident memory (kB) of `root` and all its descendants, found by their parent links. */
function treeRssKb(root: number): number {
  const children = new Map<number, number[]>();
  const read = (file: string) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return ''; // the process ended between listing and reading
    }
  };
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    // Fields after the command name, which may hold spaces: state, ppid, …
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(name));
  }
  let total = 0;
  const queue = [root];
  for (const pid of queue) {
    total += Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Astro's and the integrations' way of writing a duration: `555ms`, `555 ms`, `5.66s`, `1m 22s`. */
const DURATION = String.raw`((?:\d+m )?[\d.]+ ?m?s)`;

/** A logged duration in seconds. */
function toSeconds(text: string): number {
  const [, minutes, value, unit] = /^(?:(\d+)m )?([\d.]+) ?(ms|s)$/.exec(text) ?? [];
  return Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1);
}

/**
 * The build log's own timings: Vite bundling (sum of its builds), rendering every page, OG
 * images (sum of their routes' times; pages render 4 at a time, so this sum can exceed the
 * rendering it is part of), Pagefind and compression.
 */
function phases(log: string): Record<string, number> {
  const found: Record<string, number> = {};
  const first = (pattern: string) => {
    const m = new RegExp(pattern, 'm').exec(log);
    return m ? toSeconds(m[1]!) : undefined;
  };
  const all = (pattern: string) =>
    [...log.matchAll(new RegExp(pattern, 'g'))].reduce((s, m) => s + toSeconds(m[1]!), 0);
  found['Vite'] = all(String.raw`\[vite\] ✓ built in ${DURATION}`);
  found['rendering'] = first(String.raw`^\S+ ✓ Completed in ${DURATION}\.`) ?? 0;
  const og = all(String.raw`/og/\S+\.png \(\+${DURATION}\)`);
  if (og) found['OG images, summed'] = og;
  const index = first(String.raw`(?:indexed \d+ pages.*|search index) in ${DURATION}`);
  if (index !== undefined) found['Pagefind'] = index;
  const packed = first(String.raw`compressed \d+ files.* in ${DURATION}`);
  if (packed !== undefined) found['compression'] = packed;
  return found;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))
    .length;
}

/**
 * One clean `astro build` of `variant` with this Node, timed from spawn to exit; its memory is
 * sampled every 50 ms. A failed build throws with the end of its log. Ours keeps one cache it
 * shares with the repository (`node_modules/.vite`, Vite's dependency pre-bundling, which the
 * bench must not delete); the peers lose theirs, a small head start for ours.
 */
async function build(variant: Variant, logName: string, clean = true): Promise<Run> {
  if (clean) for (const dir of [variant.outDir, ...variant.caches]) wipe(dir);
  const env: Record<string, string | undefined> = {
    ...process.env,
    LELIEN_CONTENT: undefined,
    ...variant.env,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const started = performance.now();
  const child = spawn(process.execPath, [ASTRO, 'build', '--root', variant.root, ...variant.args], {
    cwd: variant.root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  let peak = 0;
  const sampler = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeRssKb(child.pid));
  }, 50);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const log = Buffer.concat(chunks).toString('utf8');
  mkdirSync(LOGS, { recursive: true });
  writeFileSync(join(LOGS, `${logName}.log`), log);
  if (code !== 0) {
    const tail = log.trimEnd().split('\n').slice(-40).join('\n');
    throw new Error(`${variant.label}: astro build exited with ${code}\n${tail}`);
  }
  return { seconds, peakMb: peak / 1024, html: countHtml(variant.outDir), phases: phases(log) };
}

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * The site rebuilt after an author edits one article (a sentence added to the first one), its
 * caches left as the previous build made them: what `npm start` costs after an edit.
 */
async function rebuild(variant: Variant, corpus: Corpus, logName: string): Promise<Run> {
  const dir = join(corpus.siteContent, 'articles');
  const article = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0]!;
  const file = join(dir, article);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, `${original.trimEnd()}\n\nUne phrase ajoutée après relecture.\n`);
  try {
    return await build(variant, logName, false);
  } finally {
    writeFileSync(file, original);
  }
}

/** The figures of one size: each variant's time, time per article and peak memory, and ratios. */
function sizeFigures(size: number, runs: Record<Variant['key'], Run[]>, all: Variant[]): Figure[] {
  const n = count(size);
  const figures: Figure[] = [];
  for (const v of all) {
    const list = runs[v.key];
    const time = median(list.map((r) => r.seconds));
    const named = Object.keys(list[0]!.phases);
    const detail = named.map(
      (p) => `${p} ${median(list.map((r) => r.phases[p] ?? 0)).toFixed(1)} s`,
    );
    figures.push(
      {
        section: 'Build',
        name: `${v.label} · ${n} pages`,
        value: time,
        unit: 's',
        runs: list.length,
        note: [`${count(list[0]!.html)} HTML pages written`, ...detail].join('; '),
      },
      {
        section: 'Build',
        name: `${v.label} · ${n} pages · per page`,
        value: (time * 1000) / size,
        unit: 'ms/page',
        runs: list.length,
        note: `median time ÷ ${n} articles`,
      },
      {
        section: 'Build',
        name: `${v.label} · ${n} pages · peak memory`,
        value: median(list.map((r) => r.peakMb)),
        unit: 'MB',
        runs: list.length,
        note: 'RSS of the build and its child processes',
      },
    );
  }
  // Ratios run by run (run i of one variant beside run i of its peer), then their median.
  const ratio = (a: Variant['key'], b: Variant['key']) =>
    median(runs[a].map((r, i) => r.seconds / runs[b][i]!.seconds));
  const against = (peer: 'bare' | 'starlight', label: string, target: number, note: string) => ({
    section: 'Build',
    name: `ours ÷ ${label} (${n})`,
    value: ratio('ours', peer),
    unit: '×',
    goal: { op: '<=' as const, target },
    runs: runs.ours.length,
    note,
  });
  figures.push(
    against('bare', 'bare', 1.5, 'bare .mdx built in the same run'),
    against('starlight', 'Starlight', 1.5, 'Starlight built in the same run'),
    {
      section: 'Build',
      name: `MDX cost per page (${n})`,
      // (t_mdx − t_md) / pages, run by run.
      value: median(runs.bare.map((r, i) => ((r.seconds - runs.bareMd[i]!.seconds) * 1000) / size)),
      unit: 'ms/page',
      runs: runs.bare.length,
      note: '(bare .mdx − bare .md) ÷ articles',
    },
  );
  return figures;
}

/** The rebuild after one edit beside a bare Astro clean build of the same articles, run by run. */
function rebuildFigure(size: number, rebuilds: Run[], bare: Run[]): Figure {
  return {
    section: 'Build',
    name: `ours after editing one article ÷ bare clean (${count(size)})`,
    value: median(rebuilds.map((r, i) => r.seconds / bare[i]!.seconds)),
    unit: '×',
    goal: { op: '<=', target: 1.5 },
    runs: rebuilds.length,
    note: `rebuild ${median(rebuilds.map((r) => r.seconds)).toFixed(1)} s; ${Object.entries(
      rebuilds[0]!.phases,
    )
      .map(([p, t]) => `${p} ${t.toFixed(1)} s`)
      .join('; ')}`,
  };
}

/**
 * Builds `sizes` synthetic articles with the real site, bare Astro (`.mdx` and `.md`) and
 * Starlight, `runs` clean builds each, and returns the medians, ratios and MDX cost as figures;
 * with two sizes or more, also each variant's cost per extra page,
 * (t_large − t_small) / (n_large − n_small), which leaves out the fixed start-up.
 */
export async function buildScaling(options: {
  sizes: number[];
  runs: number;
  progress: (message: string) => void;
}): Promise<Figure[]> {
  const figures: Figure[] = [];
  const total = options.sizes.length * 5 * options.runs;
  const medians = new Map<string, number>();
  let done = 0;
  for (const size of options.sizes) {
    options.progress(`writing ${count(size)} synthetic articles`);
    const corpus = writeCorpus(size);
    const all = variants(corpus);
    const runs = { ours: [], bare: [], bareMd: [], starlight: [] } as Record<Variant['key'], Run[]>;
    const rebuilds: Run[] = [];
    for (let r = 1; r <= options.runs; r++) {
      for (const v of all) {
        options.progress(`build ${++done}/${total}: ${v.label}, ${count(size)} articles, run ${r}`);
        runs[v.key].push(await build(v, `${v.key}-${size}-run${r}`));
        if (v.key !== 'ours') continue;
        options.progress(`build ${++done}/${total}: ours after one edit, ${count(size)}, run ${r}`);
        rebuilds.push(await rebuild(v, corpus, `ours-edit-${size}-run${r}`));
      }
    }
    figures.push(rebuildFigure(size, rebuilds, runs.bare));
    for (const v of all) medians.set(`${v.key}:${size}`, median(runs[v.key].map((r) => r.seconds)));
    figures.push(...sizeFigures(size, runs, all));
  }
  const sizes = [...options.sizes].sort((a, b) => a - b);
  const [small, large] = [sizes[0]!, sizes.at(-1)!];
  if (large > small) {
    for (const [key, label] of Object.entries(LABELS)) {
      const slope =
        ((medians.get(`${key}:${large}`)! - medians.get(`${key}:${small}`)!) * 1000) /
        (large - small);
      figures.push({
        section: 'Build',
        name: `${label} · per extra page (${count(small)}→${count(large)})`,
        value: slope,
        unit: 'ms/page',
        note: 'difference of median times ÷ difference of articles',
      });
    }
  }
  return figures;
}

if (import.meta.main) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  const sizes = arg('sizes', '100,1000').split(',').map(Number);
  const runs = Number(arg('runs', '3'));
  const started = performance.now();
  const figures = await buildScaling({ sizes, runs, progress: printProgress });
  console.log(table(figures));
  console.log(`\nwall time ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
