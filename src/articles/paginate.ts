/** One page of a paginated list. */
export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  page: number;
  pages: number;
}

/**
 * Splits `items` into pages of `size`: pages = max(1, ⌈n / size⌉), so an empty list still has
 * one (empty) page. Example: 23 items by 10 → pages of 10, 10 and 3.
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    page: i + 1,
    pages,
  }));
}
