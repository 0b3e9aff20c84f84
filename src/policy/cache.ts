/**
 * How long browsers and CDNs may keep each class of response, the same from `npm start` and in
 * `_headers`: without an explicit policy they guess from `Last-Modified`, and can serve a page
 * that a deploy has since replaced.
 */

/** The policies, from "keep for a year" to "never keep". */
export const CACHE = {
  /** Files whose name changes with their content (`/_astro/`, Pagefind's index chunks). */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages: kept, but asked about again each time (an ETag makes the answer a short 304). */
  revalidate: 'public, max-age=0, must-revalidate',
  /** Pagefind's entry files: same name across builds, so a few minutes at most. */
  minutes: 'public, max-age=300',
  /** Social images, feeds, the sitemap and robots.txt: they change with an article, rarely. */
  hours: 'public, max-age=14400',
  /** The API: answers about one reader's request. */
  never: 'no-store',
} as const;

/** Pagefind's files named by a hash of their content: the index, filter and fragment chunks. */
const PAGEFIND_HASHED = /^\/pagefind\/(?:(?:fragment|index|filter)\/|pagefind\.[\w-]+\.pf_meta$)/;

/**
 * The `Cache-Control` of a response for `pathname` (a built file's path, or the request's path).
 * Example: `/_astro/a.B1x.js` → immutable; `/articles/x/index.html` → revalidate;
 * `/pagefind/pagefind.js` → minutes; `/og/fr/site.png` → hours; `/api/newsletter/subscribe` →
 * never.
 */
export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/api/')) return CACHE.never;
  if (pathname.startsWith('/_astro/') || PAGEFIND_HASHED.test(pathname)) return CACHE.immutable;
  if (pathname.startsWith('/pagefind/')) return CACHE.minutes;
  if (pathname.startsWith('/og/') || /\.(xml|txt|png|ico|svg|webmanifest)$/.test(pathname))
    return CACHE.hours;
  return CACHE.revalidate;
}

/**
 * The `_headers` rules that give every built file its policy without two rules ever matching the
 * same file (static hosts join the values of every matching rule): a folder of hashed files gets
 * one `/folder/*` rule, every other file its own path. Pages are left out: their rule is written
 * with their security headers.
 * Example: ['/_astro/a.js', '/_astro/b.css', '/rss.xml'] → [['/_astro/*', immutable],
 * ['/rss.xml', hours]].
 */
export function cacheRules(files: readonly string[]): [string, string][] {
  const rules = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith('.html') || /\.(br|gz)$/.test(file) || file === '/_headers') continue;
    const folder = /^\/_astro\/|^\/pagefind\/(?:fragment|index|filter)\//.exec(file)?.[0];
    rules.set(folder ? `${folder}*` : file, cacheControl(file));
  }
  return [...rules].sort(([a], [b]) => a.localeCompare(b));
}
