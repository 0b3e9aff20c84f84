import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { inlineHashes, type InlineHashes } from './csp.ts';

/**
 * Holds a page Astro renders on request until it ends, then sets its Content-Security-Policy to
 * `policy(the hashes of its own inline scripts and styles)`. Astro inlines each page's styles,
 * and a page rendered on request (404, the newsletter's steps) may combine them in a way no
 * built page does, so the hashes read from the build alone would block them. Pages are small,
 * so holding one costs nothing worth measuring; other responses pass through unchanged.
 */
export function completePolicy(res: ServerResponse, policy: (own: InlineHashes) => string): void {
  const chunks: Buffer[] = [];
  let head: { status: number; headers: OutgoingHttpHeaders } | undefined;
  const writeHead = res.writeHead.bind(res);
  const end = res.end.bind(res);
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((r) => typeof r === 'object' && r !== null) ?? {};
    head = { status, headers: headers as OutgoingHttpHeaders };
    return res;
  }) as ServerResponse['writeHead'];
  res.write = ((chunk: string | Uint8Array) => {
    chunks.push(Buffer.from(chunk));
    return true;
  }) as ServerResponse['write'];
  res.end = ((chunk?: unknown) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
    const body = Buffer.concat(chunks);
    const { status, headers } = head ?? { status: res.statusCode, headers: {} };
    const type = String(headers['content-type'] ?? res.getHeader('content-type') ?? '');
    if (type.includes('text/html')) {
      res.setHeader('Content-Security-Policy', policy(inlineHashes(body.toString('utf8'))));
    }
    if (head) writeHead(status, headers);
    return end(body);
  }) as ServerResponse['end'];
}
