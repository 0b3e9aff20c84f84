/**
 * `npm run new -- "Titre de l'article" [--lang en] [--tags a,b] [--key k]`: creates
 * content/articles/<lang>/<slug>.mdx with valid frontmatter (a draft dated today), the slug made
 * from the title. Never overwrites a file; bad arguments get a one-line error and a usage line.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { load } from 'js-yaml';
import { slugify } from '../src/text/slug.ts';
import { readContentDir } from '../src/config.ts';

const USAGE = 'usage: npm run new -- "Title" [--lang fr|en] [--tags id,id] [--key translation-key]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string', default: 'fr' },
      tags: { type: 'string', default: '' },
      key: { type: 'string' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
const title = positionals.join(' ').trim();
if (!title) fail('A title is needed.');
if (values.lang !== 'fr' && values.lang !== 'en')
  fail(`Unknown language "${values.lang}": use fr or en.`);
const slug = slugify(title);
if (!slug) fail(`"${title}" has no letters or digits to make a URL from.`);

/** The content folder (`LELIEN_CONTENT`, see src/config.ts). */
const CONTENT = readContentDir(process.env);
const known = Object.keys(
  (load(readFileSync(`${CONTENT}/tags.yml`, 'utf8')) as object | null) ?? {},
);
const tags = values.tags ? values.tags.split(',').map((t) => t.trim()) : [];
const unknown = tags.filter((t) => !known.includes(t));
if (unknown.length)
  fail(`Unknown tag(s) ${unknown.join(', ')}; known: ${known.join(', ')} (${CONTENT}/tags.yml).`);

const file = `${CONTENT}/articles/${values.lang}/${slug}.mdx`;
if (existsSync(file)) fail(`${file} already exists; choose another title or edit that file.`);

const today = new Date().toISOString().slice(0, 10);
const frontmatter = [
  '---',
  `title: ${JSON.stringify(title)}`,
  `description: ${JSON.stringify(values.lang === 'fr' ? 'À écrire : une phrase de 160 caractères au plus.' : 'To write: one sentence of at most 160 characters.')}`,
  `pubDate: ${today}`,
  `tags: [${tags.join(', ')}]`,
  `translationKey: ${values.key ?? slug}`,
  'draft: true',
  '---',
  '',
  values.lang === 'fr' ? '## Première section' : '## First section',
  '',
  values.lang === 'fr' ? 'Votre texte ici.' : 'Your text here.',
  '',
].join('\n');

mkdirSync(`${CONTENT}/articles/${values.lang}`, { recursive: true });
writeFileSync(file, frontmatter);
const url = `${values.lang === 'fr' ? '' : '/en'}/articles/${slug}/`;
console.log(
  `Created ${file} (a draft: only \`npm run dev\` shows it, at http://localhost:4321${url}).`,
);
console.log(
  'Set `draft: false` when it is ready; a future pubDate keeps it off the site until that day.',
);
