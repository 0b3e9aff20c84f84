import type { ClientDirective } from 'astro';
import { onSearchRequest } from '../../scripts/search.ts';

/**
 * Starts fetching Pagefind's script and its WebAssembly for the page's language while the
 * dialog's code loads, rather than after it: the two are independent, and one after the other
 * they made the first results wait for twice the round trips. (Its index list is fetched with a
 * cache-busting query, so it cannot be preloaded.)
 */
function preloadPagefind(): void {
  const links = [
    { rel: 'modulepreload', href: '/pagefind/pagefind.js' },
    {
      rel: 'preload',
      href: `/pagefind/wasm.${document.documentElement.lang}.pagefind`,
      as: 'fetch',
    },
  ];
  for (const { rel, href, as } of links) {
    const link = document.createElement('link');
    link.rel = rel;
    link.href = href;
    if (as) {
      link.as = as;
      link.crossOrigin = 'anonymous';
    }
    document.head.append(link);
  }
}

/**
 * `client:search`: hydrates the search dialog only when the reader asks for search (button,
 * Ctrl/Cmd+K or `/`), so no byte of its code, nor of the index, loads before. The island is
 * marked `data-open` so that, once hydrated, it opens at once; from then on it listens itself.
 * What the reader types while it loads is kept in `data-typed` for the field, not lost.
 */
const directive: ClientDirective = (load, _options, island) => {
  const keep = (e: KeyboardEvent) => {
    // Kept until the field has focus: a key pressed after the field exists but before it is
    // focused would otherwise go nowhere.
    const field = island.querySelector('[role="combobox"]');
    if (field && document.activeElement === field) return removeEventListener('keydown', keep);
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    island.dataset.typed = (island.dataset.typed ?? '') + e.key;
  };
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    document.querySelectorAll('[data-search-keys]').forEach((k) => (k.textContent = '⌘ K'));
  }
  const open = async () => {
    stop();
    preloadPagefind();
    addEventListener('keydown', keep);
    island.setAttribute('data-open', '');
    const hydrate = await load();
    await hydrate();
  };
  const stop = onSearchRequest(() => void open());
};

export default directive;
