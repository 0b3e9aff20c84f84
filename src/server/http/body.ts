import type { IncomingMessage } from 'node:http';

/**
 * How much of a refused body is still read, and thrown away, before the connection is cut: a
 * client that is still sending when the refusal comes must be able to read it (a socket closed
 * under a sending client is reset, and the answer is lost with it), but no client gets to make
 * the server read without end. Slow senders are stopped by the server's request timeout.
 */
const DISCARD_LIMIT = 8 * 1024 * 1024;

/**
 * Reads a request body of at most `limit` bytes, or answers `too-large` as soon as the declared
 * length or the bytes received pass it; the rest is then discarded (see `discardBody`), so the
 * caller may answer 413 at once. Resolves `aborted` when the client goes away mid-body.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | 'too-large' | 'aborted'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    discardBody(req);
    return Promise.resolve('too-large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        stop();
        discardBody(req, size);
        resolve('too-large');
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onGone = () => {
      stop();
      resolve('aborted');
    };
    const stop = () => {
      req.off('data', onData).off('end', onEnd).off('error', onGone).off('close', onGone);
    };
    req.on('data', onData).on('end', onEnd).on('error', onGone).on('close', onGone);
  });
}

/**
 * Reads what is left of a body and throws it away, up to `DISCARD_LIMIT` bytes in all
 * (`already` counts those read before), then cuts the connection.
 */
export function discardBody(req: IncomingMessage, already = 0): void {
  let seen = already;
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_LIMIT) req.socket.destroy();
  });
  req.on('error', () => undefined);
  req.resume();
}
