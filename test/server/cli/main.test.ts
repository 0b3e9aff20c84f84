import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** `npm run newsletter -- …` on a fresh data folder: stdout, stderr and exit code. */
async function newsletter(...args: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lelien-cli-'));
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/server/cli/main.ts', ...args], {
      env: { ...process.env, DATA_DIR: dataDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('newsletter CLI entry', () => {
  it('runs a command on the data folder, and says how to use it when asked or wrong', async () => {
    const [stats, help, unknown] = await Promise.all([
      newsletter('stats'),
      newsletter('--help'),
      newsletter('frobnicate'),
    ]);
    expect(stats).toMatchObject({ code: 0, stdout: expect.stringMatching(/no subscribers yet/) });
    expect(help).toMatchObject({ code: 0, stderr: expect.stringMatching(/^Usage: /) });
    expect(unknown).toMatchObject({ code: 2, stderr: expect.stringMatching(/Unknown command/) });
  });
});
