import { getCollection, type CollectionEntry } from 'astro:content';
import { citedIds } from '../articles/mdx.ts';
import { byNewest, neighbours, related } from '../articles/order.ts';
import { isPublished } from '../articles/publish.ts';
import { isLang, type Lang } from '../i18n/lang.ts';
import { countWords, readingMinutes } from '../text/reading.ts';
import { sourceEntries } from './references.ts';
import { tagNames } from './tags.ts';

/** An article entry with the language and URL slug read from its path (`fr/<slug>.mdx`). */
export interface Article {
  id: string;
  lang: Lang;
  slug: string;
  pubDate: Date;
  tags: string[];
  minutes: number;
  entry: CollectionEntry<'articles'>;
}

function toArticle(entry: CollectionEntry<'articles'>): Article {
  const [lang, ...rest] = entry.id.split('/');
  if (!isLang(lang) || rest.length !== 1) {
    throw new Error(
      `content/articles/${entry.id}: an article must sit directly in content/articles/fr/ or content/articles/en/`,
    );
  }
  return {
    id: entry.id,
    lang,
    slug: rest[0] ?? '',
    pubDate: entry.data.pubDate,
    tags: entry.data.tags,
    minutes: readingMinutes(countWords(entry.body ?? ''), lang),
    entry,
  };
}

/**
 * True under `astro dev`. The mode, not `import.meta.env.DEV`, which follows NODE_ENV and would
 * leak drafts into a build run with NODE_ENV=test.
 */
const PREVIEW = import.meta.env.MODE === 'development';

let cache: Promise<Article[]> | undefined;

/**
 * Every article on the site, newest first: in a build, published ones only; in `astro dev`,
 * drafts and scheduled ones too. Fails when two articles of one language share a translation key.
 */
function allArticles(): Promise<Article[]> {
  if (PREVIEW) return loadArticles();
  cache ??= loadArticles();
  return cache;
}

async function loadArticles(): Promise<Article[]> {
  const now = new Date();
  const entries = await getCollection('articles', (e) => isPublished(e.data, now, PREVIEW));
  const articles = byNewest(entries.map(toArticle));
  const seen = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.lang}:${a.entry.data.translationKey}`;
    const other = seen.get(key);
    if (other) {
      throw new Error(
        `content/articles/${a.id} and content/articles/${other} share translationKey "${a.entry.data.translationKey}" in the same language`,
      );
    }
    seen.set(key, a.id);
  }
  return articles;
}

/** The articles of one language, newest first. */
export async function articlesIn(lang: Lang): Promise<Article[]> {
  return (await allArticles()).filter((a) => a.lang === lang);
}

/** The same article in the other language, found by its translation key. */
async function translationOf(article: Article): Promise<Article | undefined> {
  return (await allArticles()).find(
    (a) =>
      a.lang !== article.lang && a.entry.data.translationKey === article.entry.data.translationKey,
  );
}

/**
 * Everything an article page shows around the text: its translation, the previous and next
 * articles, up to three related ones, its tags and the sources it cites, in citation order.
 */
export async function articleContext(article: Article) {
  const siblings = await articlesIn(article.lang);
  const names = await tagNames();
  const sources = await sourceEntries(
    citedIds(article.entry.body ?? ''),
    `content/articles/${article.id}`,
  );
  return {
    translation: await translationOf(article),
    ...neighbours(siblings, article.id),
    related: related(article, siblings),
    tags: article.tags.flatMap((id) => {
      const name = names.get(id);
      return name ? [name[article.lang]] : [];
    }),
    sources,
  };
}
