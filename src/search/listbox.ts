/** The keys that move the active option of a result list. */
export type MoveKey = 'ArrowDown' | 'ArrowUp';

/**
 * The option that becomes active after a key press in a list of `count` options, wrapping at
 * both ends as in the ARIA combobox pattern; `-1` means none is active (focus stays in the
 * text field), which is where the list starts and where an empty list stays.
 */
export function nextActive(current: number, count: number, key: MoveKey): number {
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return current < 0 || current >= count - 1 ? 0 : current + 1;
  return current <= 0 || current >= count ? count - 1 : current - 1;
}
