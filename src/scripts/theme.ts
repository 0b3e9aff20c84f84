/** The key under which the reader's theme choice is kept. */
const KEY = 'theme';

/**
 * Wires the theme `<select>`: shows the current choice, then on change sets or clears
 * `data-theme` on <html> and remembers it. "system" clears both, so the OS preference rules.
 */
export function bindThemeSelect(select: HTMLSelectElement | null): void {
  if (!select) return;
  const root = document.documentElement;
  select.value = root.dataset.theme ?? 'system';
  select.addEventListener('change', () => {
    const choice = select.value;
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
    try {
      if (choice === 'light' || choice === 'dark') localStorage.setItem(KEY, choice);
      else localStorage.removeItem(KEY);
    } catch {
      // Storage can be blocked; the choice then lasts for this page only.
    }
  });
}
