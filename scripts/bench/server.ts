/**
 * Server figures for `npm run bench`: what the guards of `npm start`'s server cost and what they
 * hold. Static throughput (autocannon, 50 connections, a static article with Brotli) of our
 * server beside a bare sirv server on the same `dist/client`, interleaved, median of 5 (goal: at
 * least 80 % of bare sirv); normal requests answered while 300 slow sockets drip their headers for
 * 60 s (median and max latency, and how long the server held a slow socket); and the slowest
 * answer to a hostile signup (the addresses that once stalled the address check).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { HOSTILE_EMAILS } from '../fuzz/requests.ts';
import { freePort, percentile, waitFor } from '../serve.ts';
import { median, type Figure } from './report.ts';

/** A static article, as a browser asks for it. */
const ARTICLE = '/articles/la-chaine-sears/';

interface Running {
  base: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts `args` under Node on a free port and waits until `/` answers. */
async function start(args: string[], env: Record<string, string> = {}): Promise<Running> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: mkdtempSync(join(tmpdir(), 'lelien-bench-')),
      ...env,
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`);
  return {
    base,
    port,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const ours = () => start(['src/server/main.ts']);
const bare = () => start(['scripts/bench/bare-sirv.ts']);

/**
 * Requests a second over `seconds` with 50 connections, Brotli accepted, after a 5 s warm-up: a
 * server just started is still compiling its code on the other core for a few seconds (Astro's
 * bundle in ours), which would be counted against it.
 */
async function throughput(base: string, seconds: number): Promise<number> {
  const load = (duration: number) =>
    autocannon({
      url: `${base}${ARTICLE}`,
      connections: 50,
      duration,
      headers: { 'accept-encoding': 'br, gzip' },
    });
  await load(5);
  const result = await load(seconds);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${base}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return result.requests.average;
}

/** Opens one socket that sends a header line every `everyMs`, reopened whenever the server closes it. */
function dripper(port: number, everyMs: number, until: number, held: number[]): Promise<void> {
  return new Promise((resolve) => {
    const open = () => {
      if (Date.now() >= until) return resolve();
      const opened = Date.now();
      const socket: Socket = connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      // Read what comes back, so the server's 408 and close are seen when they come.
      socket.resume();
      socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
      const timer = setInterval(() => socket.write('X-Slow: y\r\n'), everyMs);
      const stop = setTimeout(() => socket.destroy(), Math.max(0, until - Date.now()));
      socket.on('close', () => {
        clearInterval(timer);
        clearTimeout(stop);
        if (Date.now() < until) held.push(Date.now() - opened);
        open();
      });
    };
    open();
  });
}

/** Normal requests answered while `sockets` slow clients drip their headers for `seconds`. */
async function underSlowClients(sockets: number, seconds: number) {
  const server = await ours();
  const until = Date.now() + seconds * 1000;
  const held: number[] = [];
  const slow = Promise.all(
    Array.from({ length: sockets }, () => dripper(server.port, 2000, until, held)),
  );
  const latencies: number[] = [];
  let failed = 0;
  while (Date.now() < until) {
    const t = performance.now();
    try {
      const response = await fetch(`${server.base}${ARTICLE}`);
      await response.arrayBuffer();
      if (response.ok) latencies.push(performance.now() - t);
      else failed += 1;
    } catch {
      failed += 1;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await slow;
  await server.stop();
  return { latencies, failed, held };
}

/** The slowest answer to a hostile signup, each address sent from its own client. */
async function slowestSignup(): Promise<number> {
  const server = await start(['src/server/main.ts'], { TRUST_PROXY: '1' });
  let slowest = 0;
  for (const [i, email] of [...HOSTILE_EMAILS, ...HOSTILE_EMAILS].entries()) {
    const body = new URLSearchParams({ email, consent: 'yes', lang: 'fr', source: '/' });
    const t = performance.now();
    const response = await fetch(`${server.base}/api/newsletter/subscribe`, {
      method: 'POST',
      headers: {
        Origin: server.base,
        Accept: 'application/json',
        'Content-Type': 'application/x-www-form-urlencoded',
        'X-Forwarded-For': `198.18.0.${i + 1}`,
      },
      body,
    });
    await response.arrayBuffer();
    slowest = Math.max(slowest, performance.now() - t);
  }
  await server.stop();
  return slowest;
}

/** The server part of the bench; `quick` shortens every run. */
export async function serverFigures(options: {
  quick: boolean;
  progress: (line: string) => void;
}): Promise<Figure[]> {
  const { quick, progress } = options;
  const seconds = quick ? 3 : 10;
  const runs = quick ? 1 : 5;
  const rates = { ours: [] as number[], bare: [] as number[] };
  for (let run = 1; run <= runs; run++) {
    // Each goes first every other run, so that neither gains from the order.
    const pair = [
      ['ours', ours],
      ['bare', bare],
    ] as const;
    for (const [name, launch] of run % 2 ? pair : [...pair].reverse()) {
      progress(`server throughput ${run}/${runs}: ${name === 'ours' ? 'npm start' : 'bare sirv'}`);
      const server = await launch();
      rates[name].push(await throughput(server.base, seconds));
      await server.stop();
    }
  }
  const ratio = median(rates.ours) / median(rates.bare);
  const slowSeconds = quick ? 15 : 60;
  progress(`server: 300 slow sockets for ${slowSeconds} s`);
  const slow = await underSlowClients(300, slowSeconds);
  progress('server: hostile signups');
  const signup = await slowestSignup();
  const note = `autocannon, 50 connections, ${seconds} s, ${ARTICLE} with Brotli`;
  return [
    {
      section: 'Server',
      name: 'static article · npm start',
      value: median(rates.ours),
      unit: 'req/s',
      runs,
      note,
    },
    {
      section: 'Server',
      name: 'static article · bare sirv',
      value: median(rates.bare),
      unit: 'req/s',
      runs,
      note,
    },
    {
      section: 'Server',
      name: 'npm start / bare sirv, requests a second',
      value: ratio,
      unit: '×',
      goal: { op: '>=', target: 0.8 },
    },
    {
      section: 'Server',
      name: `with 300 slow sockets for ${slowSeconds} s · normal request, median`,
      value: median(slow.latencies),
      unit: 'ms',
      runs: slow.latencies.length,
    },
    {
      section: 'Server',
      name: `with 300 slow sockets for ${slowSeconds} s · normal request, max`,
      value: Math.max(...slow.latencies),
      unit: 'ms',
      goal: { op: '<=', target: 1000 },
    },
    {
      section: 'Server',
      name: `with 300 slow sockets for ${slowSeconds} s · normal requests failed`,
      value: slow.failed,
      unit: 'count',
      goal: { op: '=', target: 0 },
    },
    {
      section: 'Server',
      name: 'a slow socket held, p98',
      value: slow.held.length ? percentile(slow.held, 0.98) / 1000 : Number.NaN,
      unit: 's',
      goal: { op: '<=', target: 12 },
      note: 'headers timeout 10 s, checked every second',
    },
    {
      section: 'Server',
      name: 'slowest answer to a hostile signup',
      value: signup,
      unit: 'ms',
      goal: { op: '<=', target: 100 },
    },
  ];
}
