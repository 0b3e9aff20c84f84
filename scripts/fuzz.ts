/**
 * `npm run fuzz -- --requests N [--seed S]`: builds the site, then sends N generated hostile
 * requests (default 50,000) to the built server, one at a time, after the known hostile ones,
 * and checks every answer (see fuzz/check.ts). Prints the statuses seen and the rate; on the
 * first broken rule, prints the request and the seed that replays it, and exits 1.
 */
import { parseArgs } from 'node:util';
import { fuzz, startFuzzServer } from './fuzz/run.ts';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '50000' }, seed: { type: 'string' } },
});
const numRuns = Number(values.requests);
if (!Number.isInteger(numRuns) || numRuns < 1) {
  console.error(`--requests must be a whole number above 0, not "${values.requests}"`);
  process.exit(2);
}
const server = await startFuzzServer();
let code = 0;
try {
  const report = await fuzz(server, {
    numRuns,
    ...(values.seed !== undefined && { seed: Number(values.seed) }),
    onProgress: (done) => process.stderr.write(`… ${done.toLocaleString('en')} requests\n`),
  });
  const statuses = [...report.statuses].sort(([a], [b]) => a - b);
  console.log(
    `fuzz: ${report.requests.toLocaleString('en')} requests in ${report.seconds.toFixed(0)} s ` +
      `(${(report.requests / report.seconds).toFixed(0)}/s): 0 crashes, 0 malformed answers, ` +
      `0 files from outside dist/client, 0 server errors (seed ${report.seed})`,
  );
  console.log(`statuses: ${statuses.map(([s, n]) => `${s} × ${n}`).join(', ')}`);
  const lines = server
    .log()
    .split('\n')
    .filter((l) => /uncaught|unhandled|^\s+at |Could not render/.test(l));
  if (lines.length) {
    console.log(`but the log has ${lines.length} line(s) of uncaught errors:\n${lines.join('\n')}`);
    code = 1;
  }
} catch (error) {
  console.error((error as Error).message);
  code = 1;
} finally {
  await server.stop();
}
process.exit(code);
