/**
 * `npm start`'s server: the built site's files from `dist/client` (precompressed Brotli or gzip
 * when the browser takes it, long caching for hashed assets) and, for everything else, Astro's
 * on-demand handler (the 404 page, and the newsletter API to come), every response with the
 * security headers. `PORT` and `HOST` say where it listens (default localhost:4321).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { siteHashes } from './csp.ts';
import { securityHeaders } from './headers.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const dist = new URL('../../dist/', import.meta.url);
const { handler } = (await import(new URL('server/entry.mjs', dist).href)) as { handler: Handler };
const https = (process.env.SITE_URL ?? '').startsWith('https:');
const client = fileURLToPath(new URL('client', dist));
/** The inline scripts and styles of every built page, read once at start. */
const hashes = siteHashes(client);
const files = sirv(client, {
  etag: true,
  gzip: true,
  brotli: true,
  setHeaders: (res, pathname) => {
    if (pathname.startsWith('/_astro/'))
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  },
});

/** The path of a request, or `/` when its URL cannot be read. */
function pathOf(url = '/'): string {
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return '/';
  }
}

const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
createServer((req, res) => {
  for (const [name, value] of Object.entries(securityHeaders(pathOf(req.url), { https, hashes }))) {
    res.setHeader(name, value);
  }
  files(req, res, () => void handler(req, res));
}).listen(port, host, () => console.log(`Le Lien: listening on http://${host}:${port}/`));
