import type { Lang } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import { KINDS, type Kind } from '../../search/state.ts';

interface Props {
  lang: Lang;
  chosen: Kind | null;
  /** Results per kind for the words typed, or `null` before there are words. */
  counts: Partial<Record<Kind, number>> | null;
  onChoose: (kind: Kind | null) => void;
}

/**
 * The kind of result as a row of radio buttons (all, articles, tools, glossary, sources), each
 * with its number of results once there are words, so arrow keys move between them as in any
 * radio group and the choice is sent with the form.
 */
export default function KindFilter({ lang, chosen, counts, onChoose }: Props) {
  const t = ui(lang);
  const all = counts && Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
  const choices: { kind: Kind | null; label: string; count: number | null }[] = [
    { kind: null, label: t('search.filter.all'), count: all },
    ...KINDS.map((kind) => ({
      kind,
      label: t(`search.filter.${kind}`),
      count: counts ? (counts[kind] ?? 0) : null,
    })),
  ];
  return (
    <fieldset class="search__kinds">
      <legend class="visually-hidden">{t('search.filter.legend')}</legend>
      {choices.map((c) => (
        <label class="search__kind">
          <input
            type="radio"
            name="kind"
            value={c.kind ?? ''}
            checked={chosen === c.kind}
            onChange={() => onChoose(c.kind)}
          />
          <span>
            {c.label}
            {c.count !== null && <span class="search__n">({c.count})</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
