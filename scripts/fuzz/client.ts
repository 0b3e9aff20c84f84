/**
 * A raw HTTP/1.1 client for hostile requests: it sends exactly the bytes it is given (no client
 * library would send a malformed request line, two Content-Lengths or a 64 KB header) and reads
 * back what the server answers, byte for byte, until the server closes the connection.
 */
import { connect } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

/** What came back on the socket. */
export interface RawExchange {
  /** Every byte the server sent. */
  bytes: Buffer;
  /** How the exchange ended: the server closed, reset, or never answered in time. */
  end: 'closed' | 'reset' | 'timeout';
}

/**
 * Sends `request` on a new connection to `port` and resolves once the server closes it (every
 * generated request asks for `Connection: close`), or after `timeoutMs`.
 */
export function exchange(port: number, request: Buffer, timeoutMs = 40_000): Promise<RawExchange> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    let settled = false;
    const finish = (end: RawExchange['end']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ bytes: Buffer.concat(chunks), end });
    };
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => finish('closed'));
    socket.on('close', () => finish('closed'));
    socket.on('error', () => finish('reset'));
    socket.write(request);
  });
}

/** An HTTP response read back from raw bytes. */
export interface ParsedResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** The body, de-chunked and, where it says so, decompressed. */
  body: Buffer;
}

/** Joins an HTTP/1.1 chunked body, or `undefined` when it is cut short or malformed. */
function dechunk(raw: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf('\r\n', at);
    if (lineEnd < 0) return undefined;
    const size = parseInt(raw.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size)) return undefined;
    if (size === 0) return Buffer.concat(parts);
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * Reads the first final response in `bytes`: its status line, headers and body. `undefined` when
 * there is no well-formed status line and header block, or when the body is shorter than its
 * `Content-Length` says (a response cut short).
 */
export function parseResponse(bytes: Buffer, method: string): ParsedResponse | undefined {
  // An interim answer (`100 Continue` to `Expect: 100-continue`) comes first: the answer follows.
  while (/^HTTP\/1\.[01] 1\d\d /.test(bytes.subarray(0, 13).toString('latin1'))) {
    const end = bytes.indexOf('\r\n\r\n');
    if (end < 0) return undefined;
    bytes = bytes.subarray(end + 4);
  }
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd < 0) return undefined;
  const [statusLine = '', ...lines] = bytes.subarray(0, headEnd).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3}) [^\r\n]*$/.exec(statusLine);
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const code = Number(status[1]);
  let body = bytes.subarray(headEnd + 4);
  const bodiless = method === 'HEAD' || code === 204 || code === 304;
  if (bodiless) body = Buffer.alloc(0);
  else if (headers['transfer-encoding']?.includes('chunked')) {
    const joined = dechunk(body);
    if (!joined) return undefined;
    body = joined;
  } else if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length']);
    if (body.length < length) return undefined;
    body = body.subarray(0, length);
  }
  if (!bodiless && code !== 206) {
    const coding = headers['content-encoding'];
    if (coding === 'br') body = brotliDecompressSync(body);
    else if (coding === 'gzip') body = gunzipSync(body);
  }
  return { status: code, headers, body };
}
