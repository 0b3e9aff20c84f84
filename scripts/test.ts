/**
 * `npm test`: every test of the project, in two lanes so that a 2-core machine is kept busy while
 * the browser tests wait on pages. One build first (both lanes need its `.astro/` types, and two
 * syncs at once would race), then:
 *
 * - lane "static": `npm run check` (types, format, lint, unused code, evidence), the unit tests,
 *   then the dist tests (the built files, and fixture builds, each under its own Astro root);
 * - lane "browser": the browser tests against the build, once Chromium is ready: the longest
 *   step, so it starts first.
 *
 * Chromium is looked for (and installed with apt when missing) alongside the build. Each line is
 * prefixed with its lane; a lane stops at its first failing step, the other runs to its end, and
 * the exit code is non-zero if any step failed. Each step can be run alone: `npm run check`,
 * `npm run test:unit`, `npm run test:dist`, `npm run test:e2e` (the last two build first).
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  command: string[];
}

const npm = (script: string): Step => ({ name: script, command: ['npm', 'run', '-s', script] });
const vitest = (project: string): Step => ({
  name: `test:${project}`,
  command: ['node_modules/.bin/vitest', 'run', '--project', project],
});
const node = (name: string, ...args: string[]): Step => ({
  name,
  command: [process.execPath, ...args],
});

/** Runs one step, its output prefixed with the lane; resolves with whether it passed. */
function run(lane: string, step: Step): Promise<boolean> {
  const started = Date.now();
  const [command, ...args] = step.command;
  const child = spawn(command!, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Colours when a person watches; plain text in a log.
    env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : { NO_COLOR: '1' }) },
  });
  const prefix = `[${lane}] `;
  const relay = (stream: NodeJS.WritableStream) => {
    let rest = '';
    return (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) stream.write(prefix + line + '\n');
    };
  };
  child.stdout.on('data', relay(process.stdout));
  child.stderr.on('data', relay(process.stderr));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`${prefix}${step.name} could not start: ${error.message}\n`);
      resolve(false);
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      process.stdout.write(
        `${prefix}${step.name} ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s\n`,
      );
      resolve(code === 0);
    });
  });
}

/** Runs steps one after the other, stopping at the first that fails. */
async function lane(name: string, steps: (Step | (() => Promise<boolean>))[]): Promise<boolean> {
  for (const step of steps) {
    const ok = typeof step === 'function' ? await step() : await run(name, step);
    if (!ok) return false;
  }
  return true;
}

const started = Date.now();
const chromium = run('chromium', node('chromium', 'scripts/chromium.ts'));
const built = await run('build', npm('build'));
const results = built
  ? await Promise.all([
      lane('static', [npm('check'), npm('test:unit'), vitest('dist')]),
      lane('browser', [() => chromium, vitest('e2e')]),
    ])
  : [false];
const ok = (await chromium) && results.every(Boolean);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`npm test ${ok ? 'passed' : 'FAILED'} in ${minutes} min`);
process.exit(ok ? 0 : 1);
