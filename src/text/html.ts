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

/**
 * Moves every `<style>` written in the body into the `<head>`, in order and once each: HTML
 * allows `<style>` only there. Astro writes its islands' rule before the first island
 * (withastro/astro#13832), and `<Calculator>` in an article writes the calculator's styles where
 * it stands, so that articles without one do not carry them. Same bytes, moved:
 * `<head></head><body><style>a</style><p>` → `<head><style>a</style></head><body><p>`.
 */
export function stylesToHead(html: string): string {
  const end = html.indexOf('</head>');
  if (end < 0) return html;
  const head = html.slice(0, end);
  const moved: string[] = [];
  const rest = html.slice(end).replace(/<style>[\s\S]*?<\/style>/g, (style) => {
    if (!head.includes(style) && !moved.includes(style)) moved.push(style);
    return '';
  });
  return head + moved.join('') + rest;
}
