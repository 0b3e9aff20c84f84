import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs the evidence check on the fixture content, plus one article from test/fixtures/evidence. */
function check(extra?: string) {
  const content = mkdtempSync(join(tmpdir(), 'lelien-evidence-'));
  cpSync(resolve('test/fixtures/content'), content, { recursive: true });
  if (extra) cpSync(resolve('test/fixtures/evidence', extra), join(content, 'articles/fr', extra));
  return spawnSync(process.execPath, [resolve('scripts/evidence.ts')], {
    env: { ...process.env, LELIEN_CONTENT: content },
    encoding: 'utf8',
  });
}

describe('npm run check:evidence', () => {
  it('passes on content whose figures are all cited', () => {
    const { status, stdout } = check();
    expect(stdout).toMatch(/evidence check: \d+ files, 1 sources, 0 errors/);
    expect(status).toBe(0);
  });

  it('fails on an uncited figure, naming the file, line, figure and fix', () => {
    const { status, stderr } = check('uncited.mdx');
    expect(stderr).toMatch(
      /articles\/fr\/uncited\.mdx:8: "85 %" has no <Cite> or <Value> in its sentence: cite its source in that sentence, or mark the site's own arithmetic with <Ours how=/,
    );
    expect(status).toBe(1);
  });

  it('fails on a <Cite> of an unknown source', () => {
    const { status, stderr } = check('unknown.mdx');
    expect(stderr).toMatch(/unknown\.mdx:8: <Cite id="nowhere2020">: no source "nowhere2020"/);
    expect(status).toBe(1);
  });

  it('fails on a citation claiming more than its source record allows', () => {
    const { status, stderr } = check('overclaim.mdx');
    expect(stderr).toMatch(
      /overclaim\.mdx:8: <Cite id="example">: verified="primary" claims more than content\/sources\/example\.yml \(verified: secondary\)/,
    );
    expect(status).toBe(1);
  });
});
