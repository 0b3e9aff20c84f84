import type { PagefindData } from '../../search/hits.ts';
import type { Kind, SearchState } from '../../search/state.ts';

/** One result, whose text is fetched only when it is shown. */
export interface Result {
  id: string;
  data: () => Promise<PagefindData>;
}

/** What a search found: how many, per kind, and the ranked results. */
export interface Found {
  total: number;
  kinds: Partial<Record<Kind, number>>;
  results: Result[];
}

/** The part of Pagefind's browser API the interface uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    options: { filters: Record<string, string> },
  ): Promise<{
    results: Result[];
    filters: Record<string, Record<string, number>>;
    totalFilters: Record<string, Record<string, number>>;
  }>;
}

/** Why search could not start: no index was built yet (in `astro dev`), or it failed to load. */
export class SearchUnavailable extends Error {
  constructor(readonly reason: 'missing' | 'failed') {
    super(`search ${reason}`);
  }
}

/** Where the build writes the index; a variable, so the bundler leaves the import to the browser. */
const ENTRY = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | null = null;

/**
 * Loads Pagefind once per page: the script, then its WebAssembly and index chunks as searches
 * need them. It runs on the main thread (`noWorker`): for an index this size a worker costs more
 * bytes than it saves time. A failed load can be tried again.
 */
function load(): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ ENTRY)
    .then(async (pagefind: Pagefind) => {
      await pagefind.options({ noWorker: true, excerptLength: 22 });
      await pagefind.init();
      // Loading the filters once makes every search count its results per kind.
      await pagefind.filters();
      return pagefind;
    })
    .catch(() => {
      loading = null;
      throw new SearchUnavailable(import.meta.env.DEV ? 'missing' : 'failed');
    });
  return loading;
}

/** Starts loading search ahead of the first query, when the reader opens it. */
export function warmUp(): void {
  load().catch(() => {});
}

/**
 * Runs one search: the words (or none, to browse by filter) and the filters. The count per kind
 * ignores the kind chosen but honours the tag, so each kind says what choosing it would show.
 */
export async function runSearch(state: SearchState): Promise<Found> {
  const pagefind = await load();
  const filters: Record<string, string> = {};
  if (state.kind) filters.kind = state.kind;
  if (state.tag) filters.tag = state.tag;
  const q = state.q.trim();
  const term = q === '' ? null : q;
  const found = await pagefind.search(term, { filters });
  const kinds = !state.tag
    ? found.totalFilters.kind
    : !state.kind
      ? found.filters.kind
      : (await pagefind.search(term, { filters: { tag: state.tag } })).filters.kind;
  return { total: found.results.length, kinds: kinds ?? {}, results: found.results };
}
