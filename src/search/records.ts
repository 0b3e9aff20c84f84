import type { Lang } from '../i18n/lang.ts';
import { paths } from '../i18n/routes.ts';
import { typeset } from '../text/typography.ts';
import { evidenceWords, type Check, type Kind as SourceKind } from '../articles/evidence.ts';
import type { Kind } from './state.ts';

/**
 * An entry the index holds without a page of its own (a glossary term, a source), in the shape of
 * Pagefind's `addCustomRecord`, so each term and each source is a result of its own that opens on
 * its anchor instead of one long page that matches everything.
 */
export interface SearchRecord {
  url: string;
  language: Lang;
  content: string;
  /** `evidence`: a source's badge words ("Étude · vérifié"), shown in its result. */
  meta: { title: string; evidence?: string };
  filters: { kind: [Kind] };
}

/** A glossary term as a result: its name, then its definition. */
export function termRecord(
  id: string,
  text: { term: string; definition: string },
  lang: Lang,
): SearchRecord {
  return {
    url: paths.term(lang, id),
    language: lang,
    content: typeset(`${text.term}. ${text.definition}`, lang),
    meta: { title: typeset(text.term, lang) },
    filters: { kind: ['term'] },
  };
}

/** What a source record is built from: the reference and what the site quotes it for. */
export interface SourceText {
  authors: string;
  short: string;
  year: number | null;
  title: string;
  container: string;
  supports: string[];
  reason: string;
  kind: SourceKind;
  verified: Check;
}

/**
 * A source as a result: `Heskett et al., 1994 — Putting the Service-Profit Chain to Work`. The
 * reference stays as published (an English title gets no French spacing); what the site says
 * about it is typeset in the record's language.
 */
export function sourceRecord(id: string, source: SourceText, lang: Lang): SearchRecord {
  const year = source.year === null ? '' : `, ${source.year}`;
  const reference = `${source.authors}${year}. ${source.title}. ${source.container}.`;
  const notes = typeset([...source.supports, source.reason].join(' '), lang);
  return {
    url: paths.source(lang, id),
    language: lang,
    content: `${reference} ${notes}`,
    meta: {
      title: `${source.short}${year} — ${source.title}`,
      evidence: evidenceWords(source.kind, source.verified, lang).short,
    },
    filters: { kind: ['source'] },
  };
}

/** Whether a parsed value is a list of records, as the build hands them to the indexer. */
export function isRecordList(value: unknown): value is SearchRecord[] {
  return (
    Array.isArray(value) &&
    value.every(
      (r: Partial<SearchRecord> | null) =>
        typeof r?.url === 'string' &&
        typeof r.content === 'string' &&
        typeof r.language === 'string' &&
        typeof r.meta?.title === 'string' &&
        Array.isArray(r.filters?.kind),
    )
  );
}

/**
 * What a page tells Pagefind about itself, as attributes of its `<article>` (valid HTML, unlike
 * `<meta>` in the body): its kind, its tags and its date. Pagefind reads a comma-separated list
 * where only the last item may be a written value, so each tag travels in an attribute of its
 * own: `{ kind: 'article', tags: ['Climat'] }` →
 * `data-pagefind-filter="tag[data-tag-0], kind:article"` and `data-tag-0="Climat"`.
 */
export function pageAttributes(page: {
  kind: Kind;
  tags?: readonly string[];
  date?: string;
}): Record<string, string> {
  const tags = page.tags ?? [];
  const attributes: Record<string, string> = Object.fromEntries(
    tags.map((tag, i) => [`data-tag-${i}`, tag]),
  );
  attributes['data-pagefind-filter'] = [
    ...tags.map((_, i) => `tag[data-tag-${i}]`),
    `kind:${page.kind}`,
  ].join(', ');
  if (page.date) attributes['data-pagefind-meta'] = `date:${page.date}`;
  return attributes;
}
