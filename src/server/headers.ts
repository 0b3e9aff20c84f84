/** What the headers depend on besides the path. */
export interface HeaderOptions {
  /** The public site is served over HTTPS (SITE_URL starts with `https:`): send HSTS. */
  https: boolean;
}

/** The calculators' chrome-free pages, made to be framed by other sites. */
export function isEmbed(pathname: string): boolean {
  return /^(\/en)?\/embed\//.test(pathname);
}

/**
 * The security headers every response carries, pages, assets, API and 404 alike. Framing is
 * refused everywhere (`frame-ancestors 'none'`, `X-Frame-Options: DENY`) except on embeds, which
 * partners put in an iframe. The policy here restricts what cannot break a page (plugins, base
 * URL, form targets, framing); script and style sources come with the newsletter work.
 */
export function securityHeaders(
  pathname: string,
  { https }: HeaderOptions,
): Record<string, string> {
  const embed = isEmbed(pathname);
  const policy = [
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    ...(embed ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    ...(https ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
