/**
 * The source ids an article cites with `<Cite id="…" />`, in order of first citation, so the
 * bibliography lists sources in the order the reader meets them.
 * Example: `citedSources('<Cite id="b" /> <Cite grade="high" id="a" /> <Cite id="b" />')` → `['b', 'a']`.
 */
export function citedSources(body: string): string[] {
  const ids = [...body.matchAll(/<Cite\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  return [...new Set(ids)];
}
