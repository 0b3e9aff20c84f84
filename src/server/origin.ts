import { isIP } from 'node:net';

/** The on-demand paths RFC 8058's one-click POST reaches, in both languages. */
const ONE_CLICK = /^(\/en)?\/newsletter\/(desinscription|unsubscribe)\/?$/;

/**
 * Whether a request may change anything, by where it comes from. Safe methods always may. Any
 * other must carry an `Origin` equal to the site's public origin or to the origin it was sent to
 * (`http(s)://<Host>`), so another site's form cannot post here (CSRF). The one exception is the
 * unsubscribe page with no `Origin` at all: mail providers send RFC 8058's one-click POST from
 * their servers, without Origin or cookie; a browser always sends `Origin` on a cross-site POST,
 * so that POST is still refused.
 */
export function originAllowed(
  method: string,
  pathname: string,
  headers: { origin?: string | undefined; host?: string | undefined },
  own: { site: URL; https: boolean },
): boolean {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method)) return true;
  const origin = headers.origin;
  if (origin === undefined) return ONE_CLICK.test(pathname);
  if (origin === own.site.origin) return true;
  const scheme = own.https ? 'https' : 'http';
  return headers.host !== undefined && origin === `${scheme}://${headers.host}`;
}

/**
 * The client's address for rate limits: the socket's peer, or, when `TRUST_PROXY` says a
 * reverse proxy of ours is in front, the last `X-Forwarded-For` entry, the one that proxy
 * added (entries before it are whatever the client chose to send).
 */
export function clientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const last = forwardedFor.split(',').at(-1)?.trim() ?? '';
    if (isIP(last)) return last;
  }
  return peer ?? 'unknown';
}
