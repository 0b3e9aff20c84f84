/**
 * The Content-Security-Policy rules, shared by the server (each answer) and the build (`_headers`
 * for static hosts): pure functions of a page's HTML, so both send the same policy.
 */
import { createHash } from 'node:crypto';

/** The CSP sources (`'sha256-…'`) of the inline scripts and styles a site's pages contain. */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

const source = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The hashes of a page's inline `<script>` and `<style>` elements, exactly as the browser hashes
 * them (the raw text between the tags). Scripts with `src` and data blocks such as JSON-LD are
 * not run as script, so they need none.
 */
export function inlineHashes(html: string): InlineHashes {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      ([, attributes = '']) =>
        !/\bsrc=/i.test(attributes) && !/type=["']?application\/(ld\+)?json/i.test(attributes),
    )
    .map(([, , text = '']) => source(text));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(([, text = '']) =>
    source(text),
  );
  return { scripts, styles };
}

/** Every page's hashes in one set, without repeats, in a stable order. */
export function mergeHashes(all: InlineHashes[]): InlineHashes {
  const unique = (list: string[]) => [...new Set(list)].sort();
  return {
    scripts: unique(all.flatMap((h) => h.scripts)),
    styles: unique(all.flatMap((h) => h.styles)),
  };
}

/**
 * The hashes a page rendered on request may use: every inline script of the build, never one
 * found in the page itself (text injected into it must not be allowed to run), and the build's
 * styles plus the page's own, since Astro inlines each page's styles in its own combination.
 */
export function onDemandHashes(build: InlineHashes, html: string): InlineHashes {
  return mergeHashes([build, { scripts: [], styles: inlineHashes(html).styles }]);
}

/**
 * The Content-Security-Policy: nothing is allowed unless listed. Scripts and styles come from
 * the site itself or are inline ones it built (by hash); Pagefind needs `'wasm-unsafe-eval'` to
 * compile its WebAssembly and `connect-src 'self'` to fetch its index. Framing is refused except
 * on embeds.
 */
export function contentSecurityPolicy(
  hashes: InlineHashes,
  { embed, https }: { embed: boolean; https: boolean },
): string {
  return [
    "default-src 'none'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    ...(embed ? [] : ["frame-ancestors 'none'"]),
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
