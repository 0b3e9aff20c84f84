/**
 * Runs the request fuzzer against the built server: starts `src/server/main.ts` with a data
 * folder beside `dist/client` (so `..` has something to reach for) and canary files outside the
 * site, sends `numRuns` generated requests (after the known hostile ones) and checks each answer
 * (see check.ts) and that the process is still alive. A failure throws with the request and
 * the seed that replays it.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { freePort, waitFor } from '../serve.ts';
import { judge, describe, type Canary } from './check.ts';
import { exchange } from './client.ts';
import { encode, fuzzRequest, knownHostile, type FuzzTarget } from './requests.ts';

const DIST = 'dist';
const CLIENT = join(DIST, 'client');

/** The built server under fuzzing. */
export interface FuzzServer {
  port: number;
  origin: string;
  target: FuzzTarget;
  canaries: Canary[];
  alive(): boolean;
  log(): string;
  stop(): Promise<void>;
}

/** Up to `max` paths of the build: pages as their URL, other files as they are. */
function builtPaths(max: number): string[] {
  const files = readdirSync(CLIENT, { recursive: true, encoding: 'utf8' })
    .map((f) => `/${f.replace(/\\/g, '/')}`)
    .filter((f) => /\.\w+$/.test(f));
  const step = Math.max(1, Math.floor(files.length / max));
  return files
    .filter((_, i) => i % step === 0)
    .map((f) => f.replace(/index\.html$/, ''))
    .slice(0, max);
}

/** Starts the built server for fuzzing, with its data and canaries outside `dist/client`. */
export async function startFuzzServer(): Promise<FuzzServer> {
  const dataName = `fuzz-data-${randomBytes(4).toString('hex')}`;
  const dataDir = join(DIST, dataName);
  const canaryFile = join(DIST, 'fuzz-canary.txt');
  const token = `canary-${randomBytes(12).toString('hex')}`;
  writeFileSync(canaryFile, token);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, ['src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // Generated X-Forwarded-For addresses spread signups over many clients, so requests get
      // past the per-client limit into the form's checks.
      TRUST_PROXY: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  await waitFor(`${origin}/`, 300).catch(() => {
    throw new Error(`the built server did not start:\n${output}`);
  });
  const secret = readFileSync(join(dataDir, 'secret'));
  const canaries: Canary[] = [
    { name: 'the data folder’s secret', text: secret },
    { name: 'the database', text: Buffer.from('SQLite format 3') },
    { name: 'a file beside dist/client', text: Buffer.from(token) },
    { name: 'package.json', text: Buffer.from('"name": "le-lien"') },
    { name: 'the server bundle', text: Buffer.from('createMiddleware(app') },
    { name: 'the server’s source', text: Buffer.from('process.umask(0o077)') },
    { name: '/etc/passwd', text: Buffer.from('root:x:0:0') },
  ];
  return {
    port,
    origin,
    target: { host: `127.0.0.1:${port}`, paths: builtPaths(150), dataName },
    canaries,
    alive: () => child.exitCode === null && child.signalCode === null,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        const clean = () => {
          rmSync(dataDir, { recursive: true, force: true });
          rmSync(canaryFile, { force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return clean();
        child.once('exit', clean);
        child.kill('SIGTERM');
      }),
  };
}

/** What one run found. */
export interface FuzzReport {
  requests: number;
  /** The seed the run used: `--seed` with it sends the same requests again. */
  seed: number;
  statuses: Map<number, number>;
  seconds: number;
}

/**
 * Sends the known hostile requests, then `numRuns` generated ones (from `seed` when given), one
 * at a time; throws at the first answer that breaks a rule, with the request and the seed.
 */
export async function fuzz(
  server: FuzzServer,
  options: { numRuns: number; seed?: number; onProgress?: (done: number) => void },
): Promise<FuzzReport> {
  const report: FuzzReport = { requests: 0, seed: 0, statuses: new Map(), seconds: 0 };
  const started = performance.now();
  const property = fc.asyncProperty(fuzzRequest(server.target, server.origin), async (request) => {
    const answer = await exchange(server.port, encode(request));
    report.requests += 1;
    if (report.requests % 1000 === 0) options.onProgress?.(report.requests);
    const verdict = judge(request, answer, server.canaries);
    if (!server.alive()) throw new Error(`the server process ended\n${describe(request)}`);
    if (!verdict.ok) throw new Error(`${verdict.problem}\n${describe(request)}`);
    report.statuses.set(verdict.status, (report.statuses.get(verdict.status) ?? 0) + 1);
  });
  const details = await fc.check(property, {
    numRuns: options.numRuns,
    ...(options.seed !== undefined && { seed: options.seed }),
    examples: knownHostile(server.target, server.origin).map((r) => [r]),
    endOnFailure: true,
  });
  if (details.failed) {
    // fast-check's own report would print the whole request (bodies of 20 KB, headers of 64 KB).
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : '';
    throw new Error(
      `fuzz: a request broke a rule after ${report.requests} requests ` +
        `(replay with --seed ${details.seed}; fast-check path ${details.counterexamplePath}):\n${cause}`,
    );
  }
  report.seed = details.seed;
  report.seconds = (performance.now() - started) / 1000;
  return report;
}
