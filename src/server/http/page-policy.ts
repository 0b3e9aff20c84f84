import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

const HELD = Symbol('held page');

type Held = ServerResponse & { [HELD]?: Buffer[] };

/** The `headers` argument of `writeHead`, in any of the forms Node accepts, as pairs. */
function pairs(headers: unknown): [string, string | number | readonly string[]][] {
  if (Array.isArray(headers)) {
    if (headers.every(Array.isArray)) return headers as [string, string][];
    const flat: [string, string][] = [];
    for (let i = 0; i + 1 < headers.length; i += 2) flat.push([headers[i], headers[i + 1]]);
    return flat;
  }
  if (typeof headers === 'object' && headers !== null)
    return Object.entries(headers as OutgoingHttpHeaders).filter(
      (entry): entry is [string, string | number | string[]] => entry[1] !== undefined,
    );
  return [];
}

/**
 * Holds a page Astro renders on request until it ends, then sets its Content-Security-Policy to
 * `policy(its HTML)` (see `contentSecurityPolicy` in src/policy/csp.ts): a page rendered on request (404, the
 * newsletter's steps) may combine styles in a way no built page does. Holding one costs nothing
 * worth measuring: they are small. While held, `writeHead` only records the status and headers
 * (as `statusCode` and `setHeader` would), and `write` collects; `end` puts Node's own methods
 * back and sends everything through them, so the status line is always written by Node; a
 * `destroy` calls `broken` to answer instead (a 500), unless the client is gone.
 */
export function holdPage(
  res: ServerResponse,
  policy: (html: string) => string,
  broken: () => void,
): void {
  const held = res as Held;
  const chunks: Buffer[] = [];
  held[HELD] = chunks;
  // A page that fails halfway is destroyed (Astro does so when its stream throws): nothing of it
  // has been sent yet, so `broken` can still answer in its place.
  res.destroy = ((error?: Error) => {
    releasePage(res);
    if (res.headersSent || res.socket?.destroyed !== false) return res.destroy(error);
    broken();
    return res;
  }) as ServerResponse['destroy'];
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    res.statusCode = status;
    if (typeof rest[0] === 'string') res.statusMessage = rest[0];
    for (const [name, value] of pairs(typeof rest[0] === 'string' ? rest[1] : rest[0]))
      res.setHeader(name, value);
    return res;
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(
      Buffer.from(
        chunk as string,
        typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8',
      ),
    );
    const callback = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array)
      chunks.push(
        Buffer.from(
          chunk as string,
          typeof rest[0] === 'string' ? (rest[0] as BufferEncoding) : 'utf8',
        ),
      );
    const callback = [chunk, ...rest].find((r) => typeof r === 'function') as
      (() => void) | undefined;
    releasePage(res);
    const body = Buffer.concat(chunks);
    if (String(res.getHeader('content-type') ?? '').includes('text/html')) {
      res.setHeader('Content-Security-Policy', policy(body.toString('utf8')));
    }
    return callback ? res.end(body, callback) : res.end(body);
  }) as ServerResponse['end'];
}

/**
 * Gives a held response Node's own methods back and drops what it collected, so an error answer
 * can replace a page that failed halfway.
 */
export function releasePage(res: ServerResponse): void {
  const held = res as Held;
  if (!held[HELD]) return;
  delete held[HELD];
  delete (res as Partial<ServerResponse>).writeHead;
  delete (res as Partial<ServerResponse>).write;
  delete (res as Partial<ServerResponse>).end;
  delete (res as Partial<ServerResponse>).destroy;
}

/** Whether a page is being held: an answer is on its way though no byte of it is sent yet. */
export function isHeld(res: ServerResponse): boolean {
  return (res as Held)[HELD] !== undefined;
}
