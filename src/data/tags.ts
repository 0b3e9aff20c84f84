import { getCollection } from 'astro:content';
import type { Lang } from '../i18n/lang.ts';

/** A tag as shown in one language, with how many of that language's articles carry it. */
export interface Tag {
  id: string;
  label: string;
  slug: string;
  count: number;
}

/** The tags of one language that at least one of `articles` uses, by label. */
export async function tagsIn(
  lang: Lang,
  articles: readonly { lang: Lang; tags: string[] }[],
): Promise<Tag[]> {
  const vocabulary = await getCollection('tags');
  return vocabulary
    .map((t) => ({
      id: t.id,
      ...t.data[lang],
      count: articles.filter((a) => a.lang === lang && a.tags.includes(t.id)).length,
    }))
    .filter((t) => t.count > 0)
    .sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** Tag id → its label and slug in both languages, for links and the language switch. */
export async function tagNames(): Promise<
  Map<string, Record<Lang, { label: string; slug: string }>>
> {
  return new Map((await getCollection('tags')).map((t) => [t.id, t.data]));
}
