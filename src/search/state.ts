/** The kinds of result the index holds, as stored in its `kind` filter and written in URLs. */
export const KINDS = ['article', 'tool', 'term', 'source'] as const;
export type Kind = (typeof KINDS)[number];

/** What a search is: the words typed and the filters chosen. `null` means no filter. */
export interface SearchState {
  q: string;
  kind: Kind | null;
  tag: string | null;
}

/** Longer queries are cut: nobody types more, and a link must not make the index work forever. */
export const MAX_QUERY = 200;

/** Narrows a string to a kind of result, or `null` when it is none. */
export function asKind(value: string | null | undefined): Kind | null {
  return (KINDS as readonly string[]).includes(value ?? '') ? (value as Kind) : null;
}

/**
 * Reads a search from a URL's query string (`?q=équipe&kind=tool&tag=Leadership`), forgiving
 * anything unknown: a missing or unknown kind is no filter, an empty tag is no tag.
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const tag = params.get('tag')?.trim() ?? '';
  return {
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    kind: asKind(params.get('kind')),
    tag: tag === '' ? null : tag,
  };
}

/**
 * Writes a search as a query string for the search page, leaving out what is empty, so that
 * `readSearchState(writeSearchState(s))` gives `s` back for any state a reader can reach.
 */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q.slice(0, MAX_QUERY));
  if (state.kind) params.set('kind', state.kind);
  if (state.tag) params.set('tag', state.tag);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** Whether a search asks for anything at all: words, or a filter to browse by. */
export function isActive(state: SearchState): boolean {
  return state.q.trim() !== '' || state.kind !== null || state.tag !== null;
}
