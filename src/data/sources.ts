import { getCollection, type CollectionEntry } from 'astro:content';
import { citedIds } from '../articles/mdx.ts';
import { TOPICS, type Topic } from '../articles/topic.ts';
import type { Lang } from '../i18n/lang.ts';
import { articlesIn, type Article } from './articles.ts';

/** A source with the articles of one language that cite it. */
export interface SourceEntry {
  entry: CollectionEntry<'sources'>;
  citedBy: Article[];
}

/** The reference list of one language, grouped by topic in the sources page's order. */
export async function sourcesByTopic(
  lang: Lang,
): Promise<{ topic: Topic; sources: SourceEntry[] }[]> {
  const articles = await articlesIn(lang);
  const cited = new Map(articles.map((a) => [a, new Set(citedIds(a.entry.body ?? ''))]));
  const all = (await getCollection('sources')).map((entry) => ({
    entry,
    citedBy: articles.filter((a) => cited.get(a)?.has(entry.id)),
  }));
  const byYear = (a: SourceEntry, b: SourceEntry) =>
    (a.entry.data.year ?? 9999) - (b.entry.data.year ?? 9999) ||
    a.entry.id.localeCompare(b.entry.id);
  const groups = TOPICS.map((topic) => ({
    topic,
    sources: all.filter((s) => s.entry.data.topic === topic).sort(byYear),
  }));
  return groups.filter((g) => g.sources.length > 0);
}
