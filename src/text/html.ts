/**
 * Rewrites the relative `href` and `src` attributes of an HTML fragment against the page it
 * belongs to, so the fragment still works outside the site (feed readers, e-mail):
 * `href="#x"` → `<page>#x`, `src="/a.png"` → `<origin>/a.png`. Absolute URLs are left alone.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
  return html.replace(
    /(?<=\s)(href|src)=(["'])(?![a-z][a-z0-9+.-]*:|\/\/)([^"']*)\2/gi,
    (_, attr: string, quote: string, value: string) =>
      `${attr}=${quote}${new URL(value, pageUrl).href}${quote}`,
  );
}
