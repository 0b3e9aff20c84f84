import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWith, fixtureContent, removeScratch, type BuildResult } from '../support/build.ts';

afterAll(removeScratch);

describe('a build of fixture content with a draft, a future article and one made by `npm run new`', () => {
  let build: BuildResult;
  beforeAll(async () => {
    const content = fixtureContent();
    const made = spawnSync(process.execPath, ['scripts/new.ts', 'Tout neuf', '--tags', 'climate'], {
      env: { ...process.env, LELIEN_CONTENT: content },
      encoding: 'utf8',
    });
    expect(made.status, made.stderr).toBe(0);
    build = await buildWith(content);
  });

  it('succeeds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('publishes the past, non-draft article in both languages', () => {
    expect(existsSync(join(build.outDir, 'client/articles/publie/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'client/en/articles/published/index.html'))).toBe(true);
  });

  it('renders the hero image, resized, with its alternative text', () => {
    const html = readFileSync(join(build.outDir, 'client/articles/publie/index.html'), 'utf8');
    const img = html.match(/<img[^>]*alt="Un disque clair sur fond bleu canard"[^>]*>/)?.[0];
    expect(img).toBeDefined();
    expect(img).toMatch(/srcset="[^"]*\/_astro\/hero\.[^"]*\.(webp|avif|png)/);
    expect(html).toMatch(/<source[^>]*type="image\/avif"/);
  });

  it('leaves out the draft and the article dated in the future, everywhere', () => {
    for (const slug of ['brouillon', 'futur', 'tout-neuf']) {
      expect(existsSync(join(build.outDir, `client/articles/${slug}/index.html`)), slug).toBe(
        false,
      );
      expect(existsSync(join(build.outDir, `client/og/fr/${slug}.png`)), slug).toBe(false);
    }
    // Built lists, feeds and sitemaps are read as text: none may link to them.
    for (const file of [
      'client/articles/index.html',
      'client/index.html',
      'client/rss.xml',
      'client/sitemap-0.xml',
      'client/etiquettes/climat/index.html',
    ]) {
      const text = readFileSync(join(build.outDir, file), 'utf8');
      expect(text, file).toContain('publie');
      expect(text, file).not.toMatch(/\/(brouillon|futur|tout-neuf)[/.]/);
    }
  });
});

const broken: [string, string, RegExp][] = [
  ['a description over 160 characters', `description: "${'x'.repeat(161)}"`, /description/],
  ['an unknown tag', 'tags: [climat-typo]', /tags.*climat-typo|unknown tag "climat-typo"/s],
  ['a date that is not a date', 'pubDate: someday', /pubDate/],
  ['an update earlier than publication', 'updatedDate: 2019-01-01', /updatedDate/],
  ['a revision that does not say what changed', 'updatedDate: 2021-01-01', /corrections/],
];

describe('a wrong frontmatter fails the build, naming the file and the field', () => {
  it.concurrent.each(broken)('%s', async (_, line, field) => {
    const content = fixtureContent();
    const file = join(content, 'articles/fr/casse.mdx');
    const fields: Record<string, string> = {
      title: 'title: Cassé',
      description: 'description: Un article qui casse.',
      pubDate: 'pubDate: 2020-01-01',
      tags: 'tags: [climate]',
      translationKey: 'translationKey: broken',
    };
    const key = line.split(':')[0]!;
    fields[key] = line;
    writeFileSync(file, `---\n${Object.values(fields).join('\n')}\n---\n\nTexte.\n`);
    const build = await buildWith(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/casse\.mdx|fr\/casse/);
    expect(build.output).toMatch(field);
  });

  it.concurrent('a missing title', async () => {
    const content = fixtureContent();
    writeFileSync(
      join(content, 'articles/en/untitled.mdx'),
      '---\ndescription: No title.\npubDate: 2020-01-01\ntranslationKey: untitled\n---\n\nText.\n',
    );
    const build = await buildWith(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/en\/untitled/);
    expect(build.output).toMatch(/title/);
  });
});

describe('a wrong calculator in an article fails the build, naming the article and the prop', () => {
  it.concurrent.each([
    [
      'an unknown id',
      '<Calculator id="service-climat" />',
      /unknown calculator id "service-climat"; use one of service-climate/,
    ],
    [
      'an unknown input',
      '<Calculator id="service-climate" revenu={5} />',
      /unknown input "revenu"; use one of revenue/,
    ],
  ])('%s', async (_, tag, message) => {
    const content = fixtureContent();
    const file = join(content, 'articles/fr/calcul.mdx');
    writeFileSync(
      file,
      `---\ntitle: Calcul\ndescription: Un calculateur mal écrit.\npubDate: 2020-01-01\ntranslationKey: calcul\n---\n\nTexte.\n\n${tag}\n`,
    );
    const build = await buildWith(content);
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(/calcul\.mdx|\/articles\/calcul\//);
    expect(build.output).toMatch(message);
  });
});
