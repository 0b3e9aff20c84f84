import { formatCount, formatDate, plural } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { excerptSegments, type Segment } from './excerpt.ts';
import { asKind, type Kind } from './state.ts';

/** The part of Pagefind's result data the interface reads. */
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** One result as the interface shows it: kind, title, excerpt with matches, date for articles. */
export interface Hit {
  url: string;
  kind: Kind;
  title: string;
  segments: Segment[];
  /** The publication date of an article, as readers of the page's language write it. */
  date: string | null;
  /** A source's evidence badge words, as on its citations ("Étude · vérifié"). */
  evidence: string | null;
}

/**
 * Turns Pagefind's data for one result into what a row shows. A record without a known kind is
 * shown as an article and one without a title by its address, so a gap in the index is visible
 * rather than fatal.
 */
export function toHit(data: PagefindData, lang: Lang): Hit {
  const kind = asKind(data.filters.kind?.[0]) ?? 'article';
  const iso = data.meta.date;
  const date = kind === 'article' && iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
  return {
    url: data.url,
    kind,
    title: data.meta.title?.trim() || data.url,
    segments: excerptSegments(data.excerpt),
    date: date && formatDate(new Date(`${date}T00:00:00Z`), lang),
    evidence: kind === 'source' ? (data.meta.evidence ?? null) : null,
  };
}

/**
 * The sentence that says how a search went, read aloud once typing pauses: "3 résultats pour
 * « équipe »", "No results for "xyz"…", or, when browsing by filter alone, "12 results".
 */
export function countMessage(total: number, query: string, lang: Lang): string {
  const t = ui(lang);
  const q = query.trim();
  const count = formatCount(total, lang);
  if (total === 0) return q === '' ? t('search.noneBrowse') : t('search.none', { query: q });
  const form = plural(total, lang);
  return q === ''
    ? t(`search.countBrowse.${form}`, { count })
    : t(`search.count.${form}`, { count, query: q });
}
