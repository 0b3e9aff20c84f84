import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { CACHE, cacheControl } from '../../policy/cache.ts';

/** Digits in a range position we pass on: 15 keeps every value below 2^53 (sirv's limit). */
const RANGE = /^bytes=(\d{1,15})-(\d{0,15})$/i;

/**
 * The `Range` header sirv may see, or `undefined` to serve the whole file. sirv 3.0.2 hands the
 * numbers it parses straight to `fs.createReadStream`, which throws (ending the process) on a
 * value past 2^53 or an end before the start (lukeed/sirv#175, still open), and it reads
 * `bytes=-500` as the first 500 bytes instead of the last. So only one well-formed range
 * `bytes=<start>-[<end>]` with start ≤ end passes; anything else is ignored, as RFC 9110 §14.2
 * allows. Also ignored under `If-Range`: sirv's validators are weak ETags, which never satisfy it
 * (§13.1.5), so the whole current file is the right answer.
 * Example: `bytes=0-99` → `bytes=0-99`; `bytes=20-10`, `bytes=0-1,5-6`, `bytes=-5` → undefined.
 */
export function safeRange(
  range: string | undefined,
  ifRange: string | undefined,
): string | undefined {
  if (range === undefined || ifRange !== undefined) return undefined;
  const match = RANGE.exec(range.trim());
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = match[2] === '' ? undefined : Number(match[2]);
  if (end !== undefined && end < start) return undefined;
  return `bytes=${start}-${end ?? ''}`;
}

/** The codings we keep precompressed copies in, best first. */
const CODINGS = ['br', 'gzip'] as const;

/**
 * The precompressed codings a client accepts, as the `Accept-Encoding` sirv sees: sirv only
 * looks for the words `br` and `gzip`, so `br;q=0` (RFC 9110 §12.5.3: "not acceptable") would
 * still get Brotli. Each coding's weight is read; `*` stands for those not named.
 * Example: `gzip;q=0.5, br;q=0` → `gzip`; `*` → `br, gzip`; `identity` → ``.
 */
export function acceptedEncodings(header: string | undefined): string {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    if (name === '') continue;
    const q = params.find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name, Number.isFinite(weight) ? weight : 0);
  }
  const any = weights.get('*') ?? 0;
  return CODINGS.filter((c) => (weights.get(c) ?? any) > 0).join(', ');
}

/** A path as sirv reads it: percent-decoded with `decodeURI`, or as it is when that fails. */
function decoded(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

/** What sirv calls when a request names no file. */
type Next = () => void;

/**
 * Serves the built site's files from `dir` (`dist/client`) with sirv: precompressed Brotli or
 * gzip copies when accepted, ETags (a revalidated page is a 304), and each class of file's
 * caching policy (src/policy/cache.ts). The headers sirv reads
 * are made safe first (see `safeRange`, `acceptedEncodings`); paths `hidden` matches (the static
 * hosts' `_headers` and 404 pages) are left to `next`; a file that vanished after start (a new
 * build in place) ends its response instead of throwing where nothing can catch it.
 */
export function staticFiles(
  dir: string,
  hidden: RegExp,
  onError: (error: Error) => void,
): (req: IncomingMessage, res: ServerResponse, pathname: string, next: Next) => void {
  const serve = sirv(dir, {
    etag: true,
    gzip: true,
    brotli: true,
  });
  return (req, res, pathname, next) => {
    // sirv looks files up by the decoded path (`/_header%73` is `/_headers`): so does this check.
    if (hidden.test(decoded(pathname))) return next();
    const headers = req.headers;
    const ifRange = headers['if-range'];
    const range = safeRange(headers.range, Array.isArray(ifRange) ? ifRange.join() : ifRange);
    if (range === undefined) delete headers.range;
    else headers.range = range;
    headers['accept-encoding'] = acceptedEncodings(headers['accept-encoding']);
    res.once('pipe', (source) =>
      source.once('error', (error: Error) => {
        onError(error);
        res.destroy();
      }),
    );
    // Set before sirv answers, so a 304 carries it too (RFC 9110 §15.4.5). When no file matches,
    // the request goes on to Astro's pages, rendered for this request (a newsletter token, a
    // 404): kept by no cache unless the page says otherwise.
    res.setHeader('Cache-Control', cacheControl(decoded(pathname)));
    serve(req, res, () => {
      res.setHeader('Cache-Control', CACHE.never);
      next();
    });
  };
}
