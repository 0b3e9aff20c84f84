/**
 * `npm start`'s server: the built site's files from `dist/client` (precompressed Brotli or gzip
 * when the browser takes it, long caching for hashed assets) and, for everything else, Astro's
 * on-demand handler (the 404 page, the newsletter's API and pages), every response with the
 * security headers. It owns the newsletter (database, mail worker) and hands it to Astro's routes
 * as `locals`. Cross-origin POSTs and bodies over 16 KB are refused before Astro sees them.
 * `PORT` and `HOST` say where it listens (default localhost:4321); see config.ts for the rest.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { mergeHashes, siteHashes } from './csp.ts';
import { securityHeaders } from './headers.ts';
import { completePolicy } from './page-policy.ts';
import { BODY_LIMIT } from './newsletter.ts';
import { clientAddress, originAllowed } from './origin.ts';
import { createRuntime } from './runtime.ts';

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  next: undefined,
  locals: App.Locals,
) => Promise<void>;

const dist = new URL('../../dist/', import.meta.url);
const { handler } = (await import(new URL('server/entry.mjs', dist).href)) as { handler: Handler };
const port = Number(process.env.PORT ?? 4321);
const host = process.env.HOST ?? 'localhost';
const runtime = createRuntime(process.env, { host, port });
const { site, trustProxy } = runtime.config;
const https = site.protocol === 'https:';
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

/** Ends a request Astro will not see, with a plain-text reason in both languages. */
function refuse(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' });
  res.end(`${text}\n`);
}

const server = createServer((req, res) => {
  const pathname = pathOf(req.url);
  for (const [name, value] of Object.entries(securityHeaders(pathname, { https, hashes }))) {
    res.setHeader(name, value);
  }
  const method = req.method ?? 'GET';
  const headers = { origin: req.headers.origin, host: req.headers.host };
  if (!originAllowed(method, pathname, headers, { site, https })) {
    return refuse(
      res,
      403,
      'Requête refusée : elle vient d’un autre site. / Refused: this request comes from another site.',
    );
  }
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT) {
    return refuse(res, 413, 'Requête trop volumineuse. / Request body too large.');
  }
  const locals: App.Locals = {
    newsletter: runtime.newsletter,
    clientAddress: clientAddress(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for']?.toString(),
      trustProxy,
    ),
  };
  const render = () => {
    // A page rendered now may inline styles no built page has: its policy adds their hashes.
    completePolicy(
      res,
      (own) =>
        securityHeaders(pathname, { https, hashes: mergeHashes([hashes, own]) })[
          'Content-Security-Policy'
        ]!,
    );
    void handler(req, res, undefined, locals);
  };
  // No `next`: what no route matches gets Astro's 404 page.
  if (method !== 'GET' && method !== 'HEAD') {
    // A refused POST may be answered before its body is read; closing the connection keeps a
    // client from sending its next request on a socket the server is about to drop.
    res.setHeader('Connection', 'close');
    return render();
  }
  files(req, res, render);
});

server.listen(port, host, () => {
  console.log(`Le Lien: listening on http://${host}:${port}/`);
  console.log(
    `Le Lien: newsletter data in ${runtime.config.dataDir}, mail to ${runtime.transport.describe}`,
  );
  runtime.worker.start();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void runtime.close().then(() => process.exit(0));
  });
}
