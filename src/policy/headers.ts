import { CACHE, cacheRules } from './cache.ts';
import { contentSecurityPolicy, type InlineHashes } from './csp.ts';

/** What the headers depend on besides the path. */
export interface HeaderOptions {
  /** The public site is served over HTTPS (SITE_URL starts with `https:`): send HSTS. */
  https: boolean;
  /** The inline scripts and styles of the built pages, allowed by hash. */
  hashes: InlineHashes;
}

/** The calculators' chrome-free pages, made to be framed by other sites. */
export function isEmbed(pathname: string): boolean {
  return /^(\/en)?\/embed\//.test(pathname);
}

/**
 * The security headers every response carries, pages, assets, API and 404 alike: a strict
 * Content-Security-Policy (see csp.ts), no MIME sniffing, a private referrer, no powerful
 * features, isolation from other origins. Framing is refused everywhere (`frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`) except on embeds, which partners put in an iframe.
 */
export function securityHeaders(
  pathname: string,
  { https, hashes }: HeaderOptions,
): Record<string, string> {
  const embed = isEmbed(pathname);
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes, { embed, https }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}

/** The headers that concern documents only: the policy and framing. */
const DOCUMENT = new Set(['Content-Security-Policy', 'X-Frame-Options']);

/**
 * The same headers as a `_headers` file for static hosts (Netlify, Cloudflare Pages), which merge
 * every rule a path matches: under `/*` the shared headers and a policy without framing rules (so
 * the 404 page a host shows at a missing address has one too), then each page's policy and
 * framing under its own path. A browser enforces every policy it gets, so a page is held to the
 * stricter of the two, and embeds stay framable without a rule to take a header away. Each
 * page and each other file (`files`) gets its `Cache-Control` from one rule only (cache.ts).
 */
export function headersFile(
  pagePaths: string[],
  options: HeaderOptions,
  files: readonly string[] = [],
): string {
  const rule = (path: string, headers: [string, string][]) =>
    [path, ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const shared = [
    ...Object.entries(securityHeaders('/', options)).filter(([name]) => !DOCUMENT.has(name)),
    [
      'Content-Security-Policy',
      contentSecurityPolicy(options.hashes, { embed: true, https: options.https }),
    ] as [string, string],
  ];
  const pages = [...pagePaths]
    .sort()
    .map((path) =>
      rule(path, [
        ...Object.entries(securityHeaders(path, options)).filter(([name]) => DOCUMENT.has(name)),
        ['Cache-Control', CACHE.revalidate],
      ]),
    );
  const assets = cacheRules(files).map(([path, value]) => rule(path, [['Cache-Control', value]]));
  return `${[rule('/*', shared), ...pages, ...assets].join('\n')}\n`;
}
