import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/server/newsletter/store';
import { confirm, signup, subscriberByEmail } from '../../../src/server/newsletter/subscribers';

const run = promisify(execFile);

/** `npm run newsletter -- …` on a data folder: stdout, stderr and exit code. */
async function newsletter(dataDir: string, ...args: string[]) {
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

function folderWith(emails: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'lelien-cli-'));
  const db = openStore(join(dir, 'newsletter.db'));
  for (const [i, email] of emails.entries()) {
    signup(
      db,
      {
        email,
        lang: i % 2 ? 'en' : 'fr',
        source: `/articles/a${i}/`,
        consentVersion: 'v1',
        mailbox: email,
      },
      1000 + i,
    );
    confirm(db, subscriberByEmail(db, email)!.id, 1000 + i, 5000 + i);
  }
  db.close();
  return dir;
}

describe('newsletter CLI', () => {
  it('exports confirmed subscribers with their consent, and imports them back the same', async () => {
    const from = folderWith(['ana@example.org', 'ben@example.org', '=cmd@example.org']);
    const exported = await newsletter(from, 'export');
    expect(exported.code).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe(
      'email,lang,signup_at,consent_version,source,confirmed_at',
    );
    expect(exported.stdout).toContain("'=cmd@example.org");
    const file = join(from, 'list.csv');
    writeFileSync(file, exported.stdout);
    const to = mkdtempSync(join(tmpdir(), 'lelien-cli-'));
    const imported = await newsletter(to, 'import', file);
    expect(imported.stdout).toMatch(/Imported 3; skipped 0 erased and 0 already/);
    expect((await newsletter(to, 'export')).stdout).toBe(exported.stdout);
  });

  it('never lets an import bring back someone erased', async () => {
    const dir = folderWith(['ana@example.org', 'ben@example.org']);
    const file = join(dir, 'list.csv');
    writeFileSync(file, (await newsletter(dir, 'export')).stdout);
    expect((await newsletter(dir, 'delete', 'ANA@example.org')).stdout).toMatch(
      /Erased ana@example.org/,
    );
    expect((await newsletter(dir, 'import', file)).stdout).toMatch(
      /Imported 0; skipped 1 erased and 1 already/,
    );
    expect((await newsletter(dir, 'list')).stdout).not.toContain('ana@');
  });

  it('imports nothing from a file with a bad row, and says which lines to fix', async () => {
    const dir = folderWith([]);
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'email,lang,signup_at,consent_version,source,confirmed_at\nok@example.org,fr,2026-01-01T00:00:00Z,v1,/,2026-01-02T00:00:00Z\nnot-an-address,de,yesterday,v1,/,2026-01-02T00:00:00Z\n',
    );
    const result = await newsletter(dir, 'import', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/line 3: email "not-an-address" \(invalid\); lang "de"/);
    expect((await newsletter(dir, 'stats')).stdout).toMatch(/no subscribers yet/);
    expect((await newsletter(dir, 'import', join(dir, 'nope.csv'))).stderr).toMatch(/Cannot read/);
    expect((await newsletter(dir, 'frobnicate')).code).toBe(2);
  });
});
