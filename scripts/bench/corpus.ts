/**
 * The corpus of the build-scaling bench: N synthetic French articles, written once for the real
 * site (a full content folder), once for a bare Astro 7 site (as `.mdx`, and as `.md` with the
 * components removed) and once for Starlight, so every build compiles the same text.
 * Deterministic: article i is drawn from its own seed, so it is the same at every size.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { random, sentences } from '../synthetic.ts';

/** Where generated projects live: inside the repository, so they resolve its `node_modules`. */
export const BENCH = resolve('var/bench');

/** The folders written for one size. */
export interface Corpus {
  size: number;
  /** The real site's content folder, for `LELIEN_CONTENT`. */
  siteContent: string;
  /** Project roots of the peers. */
  bareMdx: string;
  bareMd: string;
  starlight: string;
}

/** One generated article: its file name and the parts each variant needs. */
interface Article {
  slug: string;
  frontmatter: string;
  /** MDX body, with `<Cite />` and maybe a `<Calculator />`. */
  mdx: string;
  /** The same body with the components removed. */
  md: string;
}

/** The tag ids of `content/tags.yml` (its unindented keys). */
const TAGS = [...readFileSync('content/tags.yml', 'utf8').matchAll(/^([a-z0-9-]+):/gm)].map(
  (m) => m[1]!,
);
/** Each source id with its own grade, so a citation carries a grade it really has. */
const SOURCES = readdirSync('content/sources').map((f) => ({
  id: f.replace(/\.ya?ml$/, ''),
  grade: /^grade: (\w+)/m.exec(readFileSync(join('content/sources', f), 'utf8'))?.[1] ?? 'low',
}));
/** The calculators exactly as the French articles embed them, one line each. */
const CALCULATORS = readdirSync('content/articles/fr').flatMap((f) =>
  readFileSync(join('content/articles/fr', f), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('<Calculator ')),
);
/** Sentences safe as MDX prose: no braces, tags, leftover links, list markers or gaps. */
const POOL = sentences().filter(
  (s) => !/[{}<>\\|]|\(\/|\s[,.]\s|\s[,.]$/.test(s) && !/^(?:[-*+]|\d+[.)])\s/.test(s),
);
const WORD = /^[\p{L}’'-]+$/u;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Article `i` (from 1): 900–1,300 words, H2/H3, a list, emphasis, a link, 2–4 citations. */
function article(i: number): Article {
  const next = random(1000 + i);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const sentence = () => pick(POOL);
  const paragraph = () => Array.from({ length: int(3, 5) }, sentence).join(' ');
  /** A heading: the first words of a sentence, without its closing punctuation. */
  const heading = () => {
    const w = sentence().split(' ');
    return w
      .slice(0, int(4, Math.min(9, w.length)))
      .join(' ')
      .replace(/[\s,.:;!?…]+$/, '');
  };
  /** Wraps two plain words of `text` in `marker`, if it finds two. */
  const emphasise = (text: string, marker: string) => {
    const w = text.split(' ');
    for (let tries = 0; tries < 8; tries++) {
      const j = int(1, Math.max(1, w.length - 3));
      if (WORD.test(w[j] ?? '') && WORD.test(w[j + 1] ?? '')) {
        w[j] = `${marker}${w[j]}`;
        w[j + 1] = `${w[j + 1]}${marker}`;
        break;
      }
    }
    return w.join(' ');
  };

  const target = int(900, 1300);
  const blocks: { kind: 'p' | 'h' | 'list' | 'calc'; text: string }[] = [
    { kind: 'p', text: paragraph() },
    { kind: 'p', text: paragraph() },
  ];
  const count = () => blocks.reduce((n, b) => n + (b.kind === 'calc' ? 0 : words(b.text)), 0);
  for (let section = 0; count() < target; section++) {
    blocks.push({ kind: 'h', text: `## ${heading()}` });
    for (let p = int(2, 3); p > 0; p--) blocks.push({ kind: 'p', text: paragraph() });
    if (section === 1) {
      const ordered = next() < 0.5;
      const items = Array.from(
        { length: int(3, 5) },
        (_, k) => `${ordered ? `${k + 1}.` : '-'} ${sentence()}`,
      );
      blocks.push({ kind: 'list', text: items.join('\n') });
      if (i % 10 === 5) blocks.push({ kind: 'calc', text: pick(CALCULATORS) });
    }
    if (next() < 0.5) {
      blocks.push({ kind: 'h', text: `### ${heading()}` });
      blocks.push({ kind: 'p', text: paragraph() });
    }
  }
  const paragraphs = blocks.filter((b) => b.kind === 'p');
  for (const b of paragraphs.filter((_, k) => k % 3 === 1)) b.text = emphasise(b.text, '_');
  for (const b of paragraphs.filter((_, k) => k % 4 === 2)) b.text = emphasise(b.text, '**');
  const linked = pick(paragraphs);
  linked.text += ' Toutes les études citées sont réunies dans [la liste des sources](/sources/).';
  const md = blocks.filter((b) => b.kind !== 'calc').map((b) => b.text);
  const cited = new Set<(typeof blocks)[number]>();
  for (let n = int(2, 4); cited.size < n;) cited.add(pick(paragraphs));
  for (const b of cited) {
    const source = pick(SOURCES);
    const cite = `<Cite id="${source.id}" grade="${source.grade}" />`;
    b.text = /[.!?…]$/.test(b.text)
      ? b.text.replace(/\s*([.!?…])$/, ` ${cite}$1`)
      : `${b.text} ${cite}`;
  }
  const first = blocks.find((b) => b.kind === 'p')!.text.replace(/<[^>]*>|[_*]/g, '');
  const title = first
    .split(' ')
    .slice(0, int(6, 11))
    .join(' ')
    .slice(0, 100)
    .replace(/[\s,.:;!?…]+$/, '');
  const start = int(0, POOL.length - 1);
  const description = [...POOL.slice(start), ...POOL].find((s) => s.length <= 160)!;
  const date = new Date(Date.UTC(2022, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  const tags = [...new Set([pick(TAGS), pick(TAGS)])];
  const slug = `synthese-${String(i).padStart(4, '0')}`;
  const frontmatter = [
    `title: ${JSON.stringify(`${title} (${i})`)}`,
    `description: ${JSON.stringify(description)}`,
    `pubDate: ${date}`,
    `tags: [${tags.join(', ')}]`,
    `translationKey: ${slug}`,
  ].join('\n');
  return {
    slug,
    frontmatter,
    mdx: `${blocks.map((b) => b.text).join('\n\n')}\n`,
    md: `${md.join('\n\n')}\n`,
  };
}

/** Writes `files` (path relative to `root` → text), creating folders as needed. */
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const CITE = `---
const { id, grade } = Astro.props;
---

<span class="cite">(<a href={\`#source-\${id}\`}>{id}</a>, {grade})</span>
`;
const CALCULATOR = `---
const { id, ...inputs } = Astro.props;
---

<section class="calc" data-calc={id}><h3>{id}</h3><pre>{JSON.stringify(inputs)}</pre></section>
`;

/** A bare Astro 7 site: MDX integration, glob loader, one minimal layout, one page route. */
function bareProject(articles: Article[], ext: 'md' | 'mdx'): Record<string, string> {
  const files: Record<string, string> = {
    'astro.config.mjs': `import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({ site: 'https://example.org', output: 'static', integrations: [mdx()] });
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/articles' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    pubDate: z.coerce.date(),
    tags: z.array(z.string()).default([]),
  }),
});

export const collections = { articles };
`,
    'src/layouts/Base.astro': `---
const { title, description } = Astro.props;
---

<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
    <meta name="description" content={description} />
  </head>
  <body>
    <main><h1>{title}</h1><slot /></main>
  </body>
</html>
`,
    'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
import Calculator from '../components/Calculator.astro';
import Cite from '../components/Cite.astro';
import Base from '../layouts/Base.astro';

export async function getStaticPaths() {
  const entries = await getCollection('articles');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Base title={entry.data.title} description={entry.data.description}>
  <Content components={{ Calculator, Cite }} />
</Base>
`,
    'src/components/Cite.astro': CITE,
    'src/components/Calculator.astro': CALCULATOR,
  };
  for (const a of articles) {
    files[`content/articles/${a.slug}.${ext}`] = `---\n${a.frontmatter}\n---\n\n${a[ext]}`;
  }
  return files;
}

/**
 * A Starlight site with its defaults (sidebar generated from every page, Pagefind, sitemap) in
 * French. Starlight renders the page itself, with no `components` prop to pass, so each article
 * imports the two components, the one line that differs from the other variants.
 */
function starlightProject(articles: Article[]): Record<string, string> {
  const files: Record<string, string> = {
    'astro.config.mjs': `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://example.org',
  integrations: [
    starlight({ title: 'Le Lien', locales: { root: { label: 'Français', lang: 'fr' } } }),
  ],
  // Starlight imports js-yaml 4's default export; left external, the prerender chunk would load
  // the repository's hoisted js-yaml 5, which has none. Bundled, it resolves Starlight's own copy.
  vite: { resolve: { noExternal: ['js-yaml'] } },
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
    'src/components/Cite.astro': CITE,
    'src/components/Calculator.astro': CALCULATOR,
  };
  const imports =
    "import Calculator from '../../components/Calculator.astro';\nimport Cite from '../../components/Cite.astro';";
  for (const a of articles) {
    files[`src/content/docs/${a.slug}.mdx`] =
      `---\n${a.frontmatter}\n---\n\n${imports}\n\n${a.mdx}`;
  }
  return files;
}

/**
 * Writes the four variants of an `size`-article corpus under `var/bench/`, replacing earlier
 * copies: `site-content-N` (the real `content/` with its articles swapped for the synthetic
 * ones), `bare-N`, `bare-md-N` and `starlight-N`.
 */
export function writeCorpus(size: number): Corpus {
  const articles = Array.from({ length: size }, (_, k) => article(k + 1));
  const corpus: Corpus = {
    size,
    siteContent: join(BENCH, `site-content-${size}`),
    bareMdx: join(BENCH, `bare-${size}`),
    bareMd: join(BENCH, `bare-md-${size}`),
    starlight: join(BENCH, `starlight-${size}`),
  };
  for (const dir of [corpus.siteContent, corpus.bareMdx, corpus.bareMd, corpus.starlight]) {
    rmSync(dir, { recursive: true, force: true });
  }
  cpSync('content', corpus.siteContent, {
    recursive: true,
    filter: (src) => resolve(src) !== resolve('content/articles'),
  });
  writeTree(
    corpus.siteContent,
    Object.fromEntries(
      articles.map((a) => [`articles/fr/${a.slug}.mdx`, `---\n${a.frontmatter}\n---\n\n${a.mdx}`]),
    ),
  );
  writeTree(corpus.bareMdx, bareProject(articles, 'mdx'));
  writeTree(corpus.bareMd, bareProject(articles, 'md'));
  writeTree(corpus.starlight, starlightProject(articles));
  return corpus;
}
