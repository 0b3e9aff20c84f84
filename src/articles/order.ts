/** The fields that order and relate articles. */
export interface Ranked {
  id: string;
  pubDate: Date;
  tags: readonly string[];
}

/** Newest first; equal dates fall back to the id so the order never depends on file order. */
export function byNewest<T extends Ranked>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.id.localeCompare(b.id),
  );
}

/**
 * The articles published just before and just after `id` in a newest-first list, for the
 * previous/next links at the end of an article.
 */
export function neighbours<T extends Ranked>(
  newestFirst: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const index = newestFirst.findIndex((a) => a.id === id);
  if (index < 0) return {};
  const previous = newestFirst[index + 1];
  const next = index > 0 ? newestFirst[index - 1] : undefined;
  return { ...(previous && { previous }), ...(next && { next }) };
}

/**
 * Up to `count` other articles that share at least one tag with `current`, most shared tags
 * first, then newest first: score(a) = |tags(a) ∩ tags(current)|, kept when score > 0.
 */
export function related<T extends Ranked>(
  current: Ranked,
  candidates: readonly T[],
  count = 3,
): T[] {
  const mine = new Set(current.tags);
  return byNewest(candidates)
    .filter((a) => a.id !== current.id)
    .map((a) => ({ a, score: a.tags.filter((t) => mine.has(t)).length }))
    .filter(({ score }) => score > 0)
    .sort((x, y) => y.score - x.score)
    .slice(0, count)
    .map(({ a }) => a);
}
