/** Whether a key press is meant for a field the reader is typing in. */
function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * Calls `open` when the reader asks for search: the header's search button, Ctrl/Cmd+K, or `/`
 * outside a text field. On the search page these focus the page's own field instead. Returns a
 * function that stops listening.
 */
export function onSearchRequest(open: () => void): () => void {
  const request = () => {
    const field = document.querySelector<HTMLInputElement>('[data-search-page] [role="combobox"]');
    if (!field) return open();
    field.focus();
    field.select();
  };
  const onKey = (e: KeyboardEvent) => {
    const k = e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey;
    const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target);
    if (!k && !slash) return;
    e.preventDefault();
    request();
  };
  const buttons = document.querySelectorAll<HTMLElement>('[data-search-open]');
  buttons.forEach((b) => b.addEventListener('click', request));
  addEventListener('keydown', onKey);
  return () => {
    buttons.forEach((b) => b.removeEventListener('click', request));
    removeEventListener('keydown', onKey);
  };
}
