import type { ClientDirective } from 'astro';
import { onSearchRequest } from '../../scripts/search';

/**
 * `client:search`: hydrates the search dialog only when the reader asks for search (button,
 * Ctrl/Cmd+K or `/`), so no byte of its code, nor of the index, loads before. The island is
 * marked `data-open` so that, once hydrated, it opens at once; from then on it listens itself.
 * What the reader types while it loads is kept in `data-typed` for the field, not lost.
 */
const directive: ClientDirective = (load, _options, island) => {
  const keep = (e: KeyboardEvent) => {
    if (island.querySelector('[role="combobox"]')) return removeEventListener('keydown', keep);
    if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
    island.dataset.typed = (island.dataset.typed ?? '') + e.key;
  };
  if (/Mac|iPhone|iPad/.test(navigator.platform)) {
    document.querySelectorAll('[data-search-keys]').forEach((k) => (k.textContent = '⌘ K'));
  }
  const stop = onSearchRequest(async () => {
    stop();
    addEventListener('keydown', keep);
    island.setAttribute('data-open', '');
    const hydrate = await load();
    await hydrate();
  });
};

export default directive;
