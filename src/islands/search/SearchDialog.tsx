import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/lang.ts';
import { ui } from '../../i18n/ui.ts';
import { onSearchRequest } from '../../scripts/search.ts';
import styles from '../../styles/search.css?url';
import SearchPanel from './SearchPanel.tsx';
import { warmUp } from './pagefind.ts';

/** Adds the search stylesheet to the page once, resolving when it has loaded (or failed). */
function stylesheet(): Promise<void> {
  if (document.querySelector('link[data-search-styles]')) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = styles;
  link.dataset.searchStyles = '';
  const loaded = new Promise<void>((done) => {
    link.onload = link.onerror = () => done();
  });
  document.head.append(link);
  return loaded;
}

/**
 * The header's search dialog, hydrated on first use by `client:search`. The server renders an
 * empty closed `<dialog>`; the panel and its stylesheet come with the first opening. It opens
 * modal with the field focused, closes on Escape, the close button or a click outside, and puts
 * focus back where it was.
 */
export default function SearchDialog({ lang }: { lang: Lang }) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [shown, setShown] = useState(false);
  const [request, setRequest] = useState(0);
  const typed = useRef('');

  const open = async () => {
    await stylesheet();
    const island = ref.current?.closest('astro-island');
    if (island instanceof HTMLElement && island.dataset.typed) {
      typed.current = island.dataset.typed;
      delete island.dataset.typed;
    }
    setShown(true);
    setRequest((n) => n + 1);
  };

  useEffect(() => {
    const island = ref.current?.closest('astro-island');
    const stop = onSearchRequest(() => void open());
    if (island?.hasAttribute('data-open')) {
      island.removeAttribute('data-open');
      void open();
    }
    return stop;
  }, []);

  useEffect(() => {
    const dialog = ref.current;
    if (request === 0 || !dialog) return;
    if (!dialog.open) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    }
    const field = dialog.querySelector<HTMLInputElement>('[role="combobox"]');
    field?.focus();
    // Keys pressed after the words were handed to the panel, while it rendered, come last.
    const island = dialog.closest('astro-island');
    const late = island instanceof HTMLElement ? island.dataset.typed : undefined;
    if (field && island instanceof HTMLElement && late) {
      delete island.dataset.typed;
      field.value += late;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (typed.current === '') field?.select();
    typed.current = '';
    warmUp();
  }, [request]);

  const close = () => ref.current?.close();
  return (
    // A click on the backdrop closes, as Escape does (which <dialog> handles itself).
    // eslint-disable-next-line jsx-a11y-x/click-events-have-key-events, jsx-a11y-x/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      class="search-dialog"
      aria-label={ui(lang)('search.title')}
      onClick={(e) => e.target === ref.current && close()}
      onClose={() => {
        if (opener.current?.isConnected) opener.current.focus();
        opener.current = null;
      }}
    >
      {shown && <SearchPanel lang={lang} mode="dialog" initial={typed.current} onClose={close} />}
    </dialog>
  );
}
