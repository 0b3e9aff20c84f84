/**
 * The request fuzzer inside `npm test`: the known hostile requests, then 2,000 generated ones,
 * against the built server (see scripts/fuzz). `npm run fuzz -- --requests N` runs it longer.
 * A failure names the request and the seed that replays it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fuzz, startFuzzServer, type FuzzServer } from '../../scripts/fuzz/run.ts';

let server: FuzzServer;
beforeAll(async () => {
  server = await startFuzzServer();
});
afterAll(() => server?.stop());

describe('the server under 2,000 fuzzed requests', () => {
  it('stays up and answers each well formed, with the headers, no 5xx and nothing from outside the site', async () => {
    const report = await fuzz(server, { numRuns: 2000 });
    expect(report.requests).toBeGreaterThanOrEqual(2000);
    expect(server.alive()).toBe(true);
    expect((await fetch(`${server.origin}/`)).status).toBe(200);
    expect(server.log()).not.toMatch(/\n\s+at |uncaught|unhandled|Could not render/);
    const statuses = [...report.statuses].map(([s, n]) => `${s} × ${n}`).join(', ');
    console.log(
      `fuzz: ${report.requests} requests (seed ${report.seed}), 0 broken rules; statuses ${statuses}`,
    );
  }, 300_000);
});
