/**
 * The tool's analysis off the page's main thread: each message is a request to the reader's
 * session (`src/analysis/session.ts`), answered with its outcome and the request's number, and
 * for a small file its text, to show in the box. Nothing leaves the browser.
 */
import { Session, type Request } from '../../analysis/session.ts';
import { decodeBytes } from '../../analysis/table.ts';

/** A file's text is sent back to be shown when it is at most this long. */
const SHOWN_MAX = 200_000;

const session = new Session();

self.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  const outcome = session.handle(request);
  let text: string | undefined;
  if (request.kind === 'bytes' && request.bytes.byteLength <= SHOWN_MAX)
    text = decodeBytes(new Uint8Array(request.bytes)) ?? undefined;
  self.postMessage({ id, outcome, text });
};
