/** How many newsletter forms each page render has placed, keyed by that render's `Astro.locals`. */
const placed = new WeakMap<object, number>();

/**
 * The id prefix of the next newsletter form on a page: `newsletter`, then `newsletter-2`…
 * Why: two forms on one page (an article's and the server's error page's, say) must not share
 * ids, or their labels would point at each other's fields.
 */
export function formId(page: object): string {
  const count = (placed.get(page) ?? 0) + 1;
  placed.set(page, count);
  return count === 1 ? 'newsletter' : `newsletter-${count}`;
}
