/**
 * What every answer to a hostile request must be: a status line and headers that parse, the
 * security headers, no 5xx, nothing from outside the built site (`canaries`), and no connection
 * held open past the server's own timeouts.
 */
import type { RawExchange } from './client.ts';
import { parseResponse } from './client.ts';
import type { FuzzRequest } from './requests.ts';

/** A text that only a file outside `dist/client` holds, and where it comes from. */
export interface Canary {
  name: string;
  text: Buffer;
}

/** The statuses the server may answer with 5xx on purpose; none, so far. */
const DECLARED_5XX = new Set<number>();

/** The answer's status, or why it breaks the rules. */
export function judge(
  request: FuzzRequest,
  exchange: RawExchange,
  canaries: Canary[],
): { ok: true; status: number } | { ok: false; problem: string } {
  if (exchange.end === 'timeout') return { ok: false, problem: 'connection held open' };
  if (exchange.bytes.length === 0) return { ok: false, problem: `no answer (${exchange.end})` };
  for (const canary of canaries)
    if (exchange.bytes.includes(canary.text))
      return { ok: false, problem: `served ${canary.name}` };
  let response;
  try {
    response = parseResponse(exchange.bytes, request.method);
  } catch (error) {
    return { ok: false, problem: `body does not decode: ${(error as Error).message}` };
  }
  if (!response)
    return { ok: false, problem: 'malformed response (status line, headers or length)' };
  const h = response.headers;
  if (!h['content-security-policy']?.includes("default-src 'none'"))
    return { ok: false, problem: `${response.status} without Content-Security-Policy` };
  if (h['x-content-type-options'] !== 'nosniff' || h['referrer-policy'] === undefined)
    return { ok: false, problem: `${response.status} without the security headers` };
  if (response.status >= 500 && !DECLARED_5XX.has(response.status))
    return { ok: false, problem: `server error ${response.status}` };
  for (const canary of canaries)
    if (response.body.includes(canary.text)) return { ok: false, problem: `served ${canary.name}` };
  return { ok: true, status: response.status };
}

/** A request shown for a failure report: its head, the body cut short. */
export function describe(request: FuzzRequest): string {
  const cut = (text: string) =>
    JSON.stringify(text.length > 200 ? `${text.slice(0, 200)}…(${text.length})` : text);
  return [
    `${cut(request.method)} ${cut(request.target)} ${request.version} (${request.framing})`,
    ...request.headers.map(([n, v]) => `  ${n}: ${cut(v)}`),
    `  body: ${cut(request.body)}`,
  ].join('\n');
}
