/**
 * A bare sirv server on `dist/client`, with the options `npm start`'s server gives it (ETags,
 * precompressed Brotli and gzip) and nothing else: no security headers, guards or Astro. The
 * bench measures our server against it (see server.ts).
 */
import { createServer } from 'node:http';
import sirv from 'sirv';

const files = sirv('dist/client', { etag: true, gzip: true, brotli: true });
createServer((req, res) => files(req, res)).listen(
  Number(process.env.PORT ?? 4322),
  process.env.HOST ?? '127.0.0.1',
);
