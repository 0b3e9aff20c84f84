import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import {
  buildWith,
  fixtureContent,
  removeScratch,
  sourceCopy,
  type BuildResult,
} from '../support/build.ts';

afterAll(removeScratch);

const TOY = 'test/fixtures/calculator';

/**
 * CONTRIBUTING.md's "A calculator", followed in a copy of the project: the declaration in
 * `src/calculators/declarations/`, one text page per language in `content/tools/`, and the test
 * (test/fixtures/calculator/toy-gain.test.ts, run with the unit tests). Nothing else is touched.
 */
function addToy(change: (declaration: string) => string = (d) => d) {
  const src = sourceCopy();
  const declaration = readFileSync(join(TOY, 'toy-gain.ts'), 'utf8');
  writeFileSync(join(src, 'calculators/declarations/toy-gain.ts'), change(declaration));
  const content = fixtureContent();
  for (const lang of ['fr', 'en'])
    copyFileSync(join(TOY, `${lang}.mdx`), join(content, 'tools', lang, 'toy-gain.mdx'));
  return { src, content };
}

/** Every text the search index holds (Pagefind's fragments are gzipped JSON). */
function indexedText(client: string): string {
  const dir = join(client, 'pagefind/fragment');
  return readdirSync(dir)
    .map((f) => gunzipSync(readFileSync(join(dir, f))).toString('utf8'))
    .join('\n');
}

describe('a seventh calculator added in three files', () => {
  let build: BuildResult;
  let broken: BuildResult;
  beforeAll(async () => {
    const good = addToy();
    const bad = addToy((d) =>
      d.replace(
        "label: { fr: 'Hausse visée', en: 'Target rise' }",
        "label: { fr: 'Hausse visée' }",
      ),
    );
    [build, broken] = await Promise.all([
      buildWith(good.content, good.src),
      buildWith(bad.content, bad.src),
    ]);
  }, 240_000);

  const client = () => join(build.outDir, 'client');
  const read = (path: string) => readFileSync(join(client(), path, 'index.html'), 'utf8');

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('has its tool page and its embed in both languages, with the calculator server-rendered', () => {
    for (const path of [
      'outils/gain-jouet',
      'en/tools/toy-gain',
      'embed/toy-gain',
      'en/embed/toy-gain',
    ]) {
      const html = read(path);
      expect(html, path).toMatch(/<astro-island[^>]*client="intent"/);
      expect(html, path).toContain('data-calc="toy-gain"');
      expect(html, path).toMatch(/<output[^>]*name="gain"[^>]*data-value="20000"/);
    }
    // The French strings were typeset at build: the island shows them as declared, and its
    // help text has the no-break space before `:` that the declaration was typed without.
    const help = read('outils/gain-jouet').match(/id="calc-toy-gain-revenue-help">([^<]*)</)?.[1];
    expect(help).toBe('Le vôtre\u00A0: une saisie.');
  });

  it('comes seventh in the tool index, after the six', () => {
    const index = read('en/tools');
    const order = [...CALCULATORS.map((c) => c.slug.en), 'toy-gain'].map((slug) =>
      index.indexOf(`/en/tools/${slug}/`),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is found by search in both languages', () => {
    const text = indexedText(client());
    expect(text).toContain('Gain jouet');
    expect(text).toContain('Toy gain');
  });

  it("ships its declaration as a file per language, each fetched by that language's island", () => {
    const assets = readdirSync(join(client(), '_astro'));
    const own = assets.filter((f) => /^toy-gain\.[\w-]+\.js$/.test(f));
    expect(own).toHaveLength(2);
    const fetched = ['Fr', 'En'].map((lang) => {
      const island = assets.find((f) =>
        new RegExp(`^CalculatorIsland${lang}\\.[\\w-]+\\.js$`).test(f),
      )!;
      const code = readFileSync(join(client(), '_astro', island), 'utf8');
      return own.filter((file) => code.includes(`./${file}`));
    });
    expect(fetched.map((files) => files.length)).toEqual([1, 1]);
    expect(fetched[0]).not.toEqual(fetched[1]);
  });

  it('fails the build when the declaration is incomplete, naming the file and the field', () => {
    expect(broken.status).not.toBe(0);
    expect(broken.output).toContain(
      'src/calculators/declarations/toy-gain.ts (calculator "toy-gain"): inputs[1].label.en',
    );
  });
});
