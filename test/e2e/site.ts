import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from '../../scripts/serve.ts';

/** A built server of its own, with its own data folder, that a test may kill and restart. */
export interface Site {
  base: string;
  dataDir: string;
  /** Everything the server printed. */
  log(): string;
  /** Kills the process (SIGKILL by default, as a crash); resolves with its exit code once it exits. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
}

/** A fresh data folder in the system's temporary directory. */
export function freshDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'lelien-data-'));
}

/** Starts `node src/server/main.ts` (what `npm start` runs after building) with `env` added. */
export async function startSite(env: Record<string, string> = {}): Promise<Site> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dataDir = env.DATA_DIR ?? freshDataDir();
  let output = '';
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, ['src/server/main.ts'], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    await waitFor(`${base}/`, 200).catch(() => {
      throw new Error(`the server did not start on ${base}:\n${output}`);
    });
  };
  await start();
  return {
    base,
    dataDir,
    log: () => output,
    kill: (signal = 'SIGKILL') =>
      new Promise<number | null>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      }),
    restart: start,
  };
}

/**
 * Starts the server with `env` added when it is expected to refuse to start: resolves with its
 * exit code and output once it exits.
 */
export function startRefused(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['src/server/main.ts'], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (d) => (output += d));
    child.stderr?.on('data', (d) => (output += d));
    // A server that starts after all would run until killed: stop it, and say what it printed.
    const started = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', (code) => {
      clearTimeout(started);
      resolve({ code, output });
    });
  });
}

/** POSTs a signup as a same-origin browser would (Origin set), from `client` when given. */
export function postSignup(
  base: string,
  body: string,
  options: { client?: string; json?: boolean; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${base}/api/newsletter/subscribe`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: base,
      ...(options.json !== false && { Accept: 'application/json' }),
      ...(options.client && { 'X-Forwarded-For': options.client }),
      ...options.headers,
    },
    body,
  });
}
