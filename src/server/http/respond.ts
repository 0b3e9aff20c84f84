import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { isHeld } from './page-policy.ts';

/**
 * The server's own answers, in both languages, for what it refuses before Astro sees a request
 * and for what goes wrong: short, plain text, never a stack trace.
 */
export const REFUSALS = {
  400: 'Requête mal formée. / Bad request.',
  403: 'Requête refusée\u00a0: elle vient d’un autre site. / Refused: this request comes from another site.',
  405: 'Méthode non prise en charge ici. / Method not allowed here.',
  408: 'Requête trop lente, connexion fermée. / Request too slow, connection closed.',
  413: 'Requête trop volumineuse. / Request body too large.',
  417: 'Seul « Expect: 100-continue » est pris en charge. / Only "Expect: 100-continue" is supported.',
  431: 'En-têtes trop volumineux. / Request headers too large.',
  500: 'Erreur du serveur, réessayez plus tard. / Server error, please try again later.',
} as const;

/** A status the server answers on its own. */
export type Refusal = keyof typeof REFUSALS;

/**
 * Answers `status` with its plain-text reason: every header set so far is dropped (a half-built
 * answer may have set a length or a type for another body), then `base` (the security headers)
 * and `extra` are set. `HEAD` gets the headers alone.
 */
export function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  status: Refusal,
  base: Record<string, string>,
  extra: Record<string, string> = {},
): void {
  const body = Buffer.from(`${REFUSALS[status]}\n`);
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(status, {
    ...base,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/**
 * Answers `status` with a JSON body (`answer`), for a client that asked for JSON (the newsletter
 * form's island), with the same headers as `refuse`.
 */
export function refuseJson(
  res: ServerResponse,
  status: Refusal,
  answer: object,
  base: Record<string, string>,
): void {
  const body = Buffer.from(JSON.stringify(answer));
  for (const name of res.getHeaderNames()) res.removeHeader(name);
  res.writeHead(status, {
    ...base,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/**
 * The same answer as raw bytes, for a socket Node's parser gave up on (no request object, so no
 * `ServerResponse`), or a `CONNECT`: status line, headers, body, and the connection closes.
 */
export function rawRefusal(status: Refusal, base: Record<string, string>, extra = {}): string {
  const body = `${REFUSALS[status]}\n`;
  const headers = {
    ...base,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
    ...extra,
  };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** Node's code for a parse error, mapped to the status it deserves. */
function parseStatus(code: string | undefined): Refusal {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * Answers a request Node could not parse (`clientError`), or one too slow to arrive, as Node
 * would (400, 408, 431) but with our headers, unless an answer is already on its way on that
 * socket (sent in part, or a page being held), whose bytes must not be corrupted.
 */
export function answerClientError(
  error: Error & { code?: string },
  socket: Socket,
  base: Record<string, string>,
): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  const answering = inFlight !== undefined && (inFlight.headersSent || isHeld(inFlight));
  if (error.code !== 'ECONNRESET' && socket.writable && !answering) {
    socket.end(rawRefusal(parseStatus(error.code), base));
  }
  socket.destroySoon();
}

/**
 * Runs `handle` so that nothing it throws or rejects can end the process: the error is logged
 * as one line, and the client gets a well-formed 500 (or, when an answer had already started,
 * a closed connection, since its status line is gone).
 */
export function guard(
  handle: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>,
  base: (req: IncomingMessage) => Record<string, string>,
  log: (line: string) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const fail = (error: unknown) => {
      log(
        `Le Lien: ${req.method ?? '?'} ${(req.url ?? '').slice(0, 200)} failed: ${oneLine(error)}`,
      );
      try {
        if (res.headersSent || res.destroyed) res.destroy();
        else refuse(req, res, 500, base(req));
      } catch {
        res.destroy();
      }
    };
    try {
      const done = handle(req, res);
      if (done) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

/** An error as one line of log: its message without the stack. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s+/g, ' ').slice(0, 300);
}
