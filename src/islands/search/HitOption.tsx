import type { Lang } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import type { Hit } from '../../search/hits.ts';

interface Props {
  id: string;
  hit: Hit;
  lang: Lang;
  active: boolean;
  /** Called when the result is opened, so a dialog can close before a same-page jump. */
  onOpen?: (() => void) | undefined;
}

/**
 * One result as an option of the list: a real link (so it can be opened in a new tab), showing
 * its kind, the date for an article, its title and an excerpt whose matches are marked.
 */
export default function HitOption({ id, hit, lang, active, onOpen }: Props) {
  const t = ui(lang);
  return (
    <a
      role="option"
      id={id}
      href={hit.url}
      tabIndex={-1}
      aria-selected={active}
      class={`hit${active ? ' hit--active' : ''}`}
      onClick={onOpen}
    >
      <span class="hit__meta">
        <span class={`hit__kind hit__kind--${hit.kind}`}>{t(`search.kind.${hit.kind}`)}</span>
        {hit.date && <span class="hit__date">{hit.date}</span>}
        {hit.evidence && <span class="hit__date">{hit.evidence}</span>}
      </span>
      <span class="hit__title">{hit.title}</span>
      <span class="hit__excerpt">
        {hit.segments.map((s) => (s.mark ? <mark>{s.text}</mark> : s.text))}
      </span>
    </a>
  );
}
