import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/routes.ts';
import { ui } from '../../i18n/ui.ts';
import { countMessage, toHit, type Hit } from '../../search/hits.ts';
import { nextActive } from '../../search/listbox.ts';
import {
  isActive,
  readSearchState,
  writeSearchState,
  type Kind,
  type SearchState,
} from '../../search/state.ts';
import HitOption from './HitOption.tsx';
import KindFilter from './KindFilter.tsx';
import { runSearch, SearchUnavailable, warmUp, type Found } from './pagefind.ts';

interface Props {
  lang: Lang;
  /** In the header's dialog, or the whole search page (whose state lives in the URL). */
  mode: 'dialog' | 'page';
  /** The tags a reader can filter articles by (search page only). */
  tags?: string[];
  /** Words typed before the panel existed (while the dialog loaded). */
  initial?: string;
  onClose?: () => void;
}

/** How many results show at first, and how many more each "show more" adds. */
const PAGE = { dialog: 5, page: 10 };
/** Pauses: before searching, before announcing the count, before the URL follows. */
const SEARCH_MS = 100;
const ANNOUNCE_MS = 700;
const URL_MS = 300;

const EMPTY: SearchState = { q: '', kind: null, tag: null };

/**
 * The search form and its results, for the dialog and the search page: a combobox whose
 * listbox appears only when there are results, arrow keys to move through them, Enter to open
 * one, a kind filter with counts, and a status line that says how many results there are once
 * typing pauses.
 */
export default function SearchPanel({ lang, mode, tags = [], initial = '', onClose }: Props) {
  const t = ui(lang);
  const id = (part: string) => `search-${mode}-${part}`;
  const state = useSignal<SearchState>({ ...EMPTY, q: initial });
  const found = useSignal<Found | null>(null);
  const hits = useSignal<Hit[]>([]);
  const limit = useSignal(PAGE[mode]);
  const active = useSignal(-1);
  const message = useSignal('');
  const problem = useSignal<SearchUnavailable['reason'] | null>(null);
  const attempt = useSignal(0);
  const counts = useComputed(() => found.value?.kinds ?? {});

  useEffect(() => {
    if (mode !== 'page') return;
    const initial = readSearchState(location.search);
    if (isActive(initial)) state.value = initial;
  }, []);

  useSignalEffect(() => {
    const current = state.value;
    void attempt.value;
    active.value = -1;
    limit.value = PAGE[mode];
    if (!isActive(current)) {
      found.value = null;
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      runSearch(current).then(
        (f) => {
          if (stale) return;
          problem.value = null;
          found.value = f;
        },
        (error: unknown) => {
          if (stale) return;
          found.value = null;
          problem.value = error instanceof SearchUnavailable ? error.reason : 'failed';
        },
      );
    }, SEARCH_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  });

  useSignalEffect(() => {
    const results = found.value?.results.slice(0, limit.value) ?? [];
    let stale = false;
    Promise.all(results.map((r) => r.data())).then(
      (data) => {
        if (!stale) hits.value = data.map((d) => toHit(d, lang));
      },
      () => {
        if (!stale) problem.value = 'failed';
      },
    );
    return () => {
      stale = true;
    };
  });

  useSignalEffect(() => {
    const f = found.value;
    const why = problem.value;
    const q = state.peek().q;
    const text = why
      ? t(why === 'missing' ? 'search.missing' : 'search.failed')
      : f
        ? countMessage(f.total, q, lang)
        : '';
    const timer = setTimeout(() => (message.value = text), why ? 0 : ANNOUNCE_MS);
    return () => clearTimeout(timer);
  });

  useSignalEffect(() => {
    const current = state.value;
    if (mode !== 'page') return;
    const timer = setTimeout(
      () => history.replaceState(history.state, '', location.pathname + writeSearchState(current)),
      URL_MS,
    );
    return () => clearTimeout(timer);
  });

  useSignalEffect(() => {
    if (active.value >= 0)
      document.getElementById(id(`option-${active.value}`))?.scrollIntoView({ block: 'nearest' });
  });

  const set = (change: Partial<SearchState>) => (state.value = { ...state.value, ...change });

  const onKeyDown = (e: KeyboardEvent) => {
    const count = hits.value.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (count === 0) return;
      e.preventDefault();
      active.value = nextActive(active.value, count, e.key);
    } else if (e.key === 'Enter') {
      const option = active.value >= 0 && document.getElementById(id(`option-${active.value}`));
      if (option) {
        e.preventDefault();
        option.click();
      }
    } else if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Escape' && active.value >= 0) {
      e.preventDefault();
      active.value = -1;
    }
  };

  const list = hits.value;
  const total = found.value?.total ?? 0;
  const current = state.value;
  return (
    <div class={`search search--${mode}`} data-search-page={mode === 'page' ? '' : undefined}>
      <form
        role="search"
        class="search__form"
        action={paths.search(lang)}
        method="get"
        onSubmit={(e) => {
          if (mode === 'page' || active.value >= 0) e.preventDefault();
        }}
      >
        <div class="search__head">
          <label for={id('input')} class="search__label">
            {t('search.label')}
          </label>
          {onClose && (
            <button type="button" class="search__close" onClick={onClose}>
              <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path
                  d="m6 6 12 12M18 6 6 18"
                  stroke="currentColor"
                  stroke-width="2"
                  stroke-linecap="round"
                />
              </svg>
              <span class="visually-hidden">{t('search.close')}</span>
            </button>
          )}
        </div>
        <div class="search__field">
          <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle
              cx="10.5"
              cy="10.5"
              r="6.5"
              fill="none"
              stroke="currentColor"
              stroke-width="2"
            />
            <path
              d="m15.5 15.5 5 5"
              stroke="currentColor"
              stroke-width="2"
              stroke-linecap="round"
            />
          </svg>
          <input
            id={id('input')}
            type="search"
            name="q"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={list.length > 0}
            aria-controls={list.length > 0 ? id('list') : undefined}
            aria-activedescendant={active.value >= 0 ? id(`option-${active.value}`) : undefined}
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            enterkeyhint="search"
            maxLength={200}
            placeholder={t('search.placeholder')}
            value={current.q}
            onFocus={warmUp}
            onInput={(e) => set({ q: e.currentTarget.value })}
            onKeyDown={onKeyDown}
          />
          <button type="submit" class="button search__submit">
            {t('search.submit')}
          </button>
        </div>
        <KindFilter
          lang={lang}
          chosen={current.kind}
          counts={current.q.trim() === '' ? null : counts.value}
          onChoose={(kind: Kind | null) => set({ kind })}
        />
        {mode === 'page' && tags.length > 0 && (
          <label class="search__tag">
            <span>{t('search.tag')}</span>
            <select
              name="tag"
              value={current.tag ?? ''}
              onChange={(e) => set({ tag: e.currentTarget.value || null })}
            >
              <option value="">{t('search.tag.all')}</option>
              {tags.map((tag) => (
                <option value={tag}>{tag}</option>
              ))}
            </select>
          </label>
        )}
      </form>
      <p role="status" class="search__status">
        {message.value}
      </p>
      {problem.value === 'failed' && (
        <button type="button" class="button search__more" onClick={() => attempt.value++}>
          {t('search.retry')}
        </button>
      )}
      {list.length > 0 && (
        <div role="listbox" id={id('list')} class="search__list" aria-label={t('search.results')}>
          {list.map((hit, i) => (
            <HitOption
              key={hit.url}
              id={id(`option-${i}`)}
              hit={hit}
              lang={lang}
              active={i === active.value}
              onOpen={onClose}
            />
          ))}
        </div>
      )}
      {total > list.length &&
        list.length > 0 &&
        (mode === 'page' ? (
          <button
            type="button"
            class="button search__more"
            onClick={() => (limit.value += PAGE.page)}
          >
            {t('search.more')}
          </button>
        ) : (
          <a class="button search__more" href={paths.search(lang) + writeSearchState(current)}>
            {t('search.all', { count: total })}
          </a>
        ))}
      {mode === 'dialog' && <p class="search__keys">{t('search.keys')}</p>}
    </div>
  );
}
