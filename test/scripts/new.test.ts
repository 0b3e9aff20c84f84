import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const script = resolve('scripts/new.ts');

function run(args: string[]) {
  const content = mkdtempSync(join(tmpdir(), 'lelien-new-'));
  cpSync(resolve('test/fixtures/content/tags.yml'), join(content, 'tags.yml'));
  const result = spawnSync(process.execPath, [script, ...args], {
    env: { ...process.env, LELIEN_CONTENT: content },
    encoding: 'utf8',
  });
  return { ...result, content };
}

describe('npm run new', () => {
  it('writes a draft whose slug comes from the title and whose frontmatter is complete', () => {
    const { status, stdout, content } = run([
      'Un « titre » : l’équipe d’abord !',
      '--tags',
      'climate',
    ]);
    expect(status).toBe(0);
    const file = join(content, 'articles/fr/un-titre-l-equipe-d-abord.mdx');
    expect(stdout).toContain(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('title: "Un « titre » : l’équipe d’abord !"');
    expect(text).toMatch(/^pubDate: \d{4}-\d{2}-\d{2}$/m);
    expect(text).toContain('tags: [climate]');
    expect(text).toContain('translationKey: un-titre-l-equipe-d-abord');
    expect(text).toContain('draft: true');
  });

  it('writes English articles under en/', () => {
    const { status, content } = run(['A title', '--lang', 'en', '--key', 'shared-key']);
    expect(status).toBe(0);
    expect(readFileSync(join(content, 'articles/en/a-title.mdx'), 'utf8')).toContain(
      'translationKey: shared-key',
    );
  });

  it.each([
    [[], /title is needed/],
    [['x', '--lang', 'de'], /Unknown language "de"/],
    [['x', '--tags', 'nope'], /Unknown tag\(s\) nope; known: climate/],
    [['!!!'], /no letters or digits/],
    [['x', '--bogus'], /Unknown option '--bogus'/],
  ])('refuses %j with a clear message and the usage line', (args, message) => {
    const { status, stderr } = run(args);
    expect(status).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('usage: npm run new');
  });

  it('never overwrites an existing article', () => {
    const first = run(['Deux fois']);
    const second = spawnSync(process.execPath, [script, 'Deux fois'], {
      env: { ...process.env, LELIEN_CONTENT: first.content },
      encoding: 'utf8',
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/already exists/);
  });
});
