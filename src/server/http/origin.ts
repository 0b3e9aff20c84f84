import { isIP, isIPv4, isIPv6 } from 'node:net';

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
 * The eight 16-bit groups of an IPv6 address in any of its spellings (`::` shorthand, an IPv4
 * tail such as `::ffff:192.0.2.1`), or `undefined` when it is not one.
 */
function groupsOf(address: string): number[] | undefined {
  if (!isIPv6(address)) return undefined;
  let text = address.toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16));
}

/**
 * The network a rate limit counts a client by: an IPv4 address itself (also when it comes as
 * IPv4-mapped IPv6, `::ffff:a.b.c.d`), an IPv6 address reduced to its /64, the smallest block a
 * provider gives one subscriber (RFC 6177), so a client cannot escape its limit by walking the
 * 2^64 addresses it holds. A zone (`%eth0`) is dropped; anything else is counted as given.
 * Example: `2001:db8:1:2::7` and `2001:0db8:0001:0002:ffff::1` → `2001:db8:1:2::/64`.
 */
export function networkOf(address: string): string {
  const bare = address.split('%')[0] ?? address;
  if (isIPv4(bare)) return bare;
  const groups = groupsOf(bare);
  if (!groups) return address;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/**
 * The network of the client, for rate limits (see `networkOf`): the socket's peer, or, when
 * `TRUST_PROXY` says a reverse proxy of ours is in front, the last `X-Forwarded-For` entry, the
 * one that proxy added (entries before it are whatever the client chose to send).
 */
export function clientNetwork(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy && forwardedFor) {
    const last = forwardedFor.split(',').at(-1)?.trim() ?? '';
    if (isIP(last)) return networkOf(last);
  }
  return peer === undefined ? 'unknown' : networkOf(peer);
}

/** A `Host` header: a name, an IPv4 or a bracketed IPv6 address, and an optional port. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]{2,45}\])(?::(\d{1,5}))?$/i;

/**
 * Whether a request's `Host` can name this site (RFC 9110 §7.2): exactly one, a host name or
 * address with an optional port up to 65535. HTTP/1.0 may omit it (Node itself refuses an
 * HTTP/1.1 request without one). Anything else, `a@b`, `x y`, two `Host` lines, gets a 400
 * before it is used to build a URL.
 */
export function hostAcceptable(hosts: string[] | undefined, httpVersion: string): boolean {
  if (hosts === undefined || hosts.length === 0) return httpVersion === '1.0';
  if (hosts.length > 1) return false;
  const match = HOST.exec(hosts[0] ?? '');
  if (!match) return false;
  if (match[0].startsWith('[') && !isIPv6(match[0].slice(1, match[0].lastIndexOf(']'))))
    return false;
  return match[1] === undefined || Number(match[1]) <= 65535;
}
