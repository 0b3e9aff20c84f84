/**
 * The HTTP server `npm start` runs: the built site's files (see files.ts) and, for everything
 * else, Astro's on-demand handler (the 404 page, the newsletter's API and pages), every response
 * with the security headers. Whatever a client sends, the answer is well formed: hostile
 * requests are refused before they reach sirv or Astro, and an error anywhere becomes a 500.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { discardBody, readBody } from './body.ts';
import {
  contentSecurityPolicy,
  mergeHashes,
  onDemandHashes,
  type InlineHashes,
} from '../../policy/csp.ts';
import { staticFiles } from './files.ts';
import { isEmbed, securityHeaders } from '../../policy/headers.ts';
import type { Problem } from '../../newsletter/form.ts';
import { BODY_LIMIT, refusalAnswer, type Newsletter } from '../newsletter/handlers.ts';
import { clientNetwork, hostAcceptable, originAllowed } from './origin.ts';
import { holdPage, releasePage } from './page-policy.ts';
import { answerClientError, guard, rawRefusal, refuse, refuseJson } from './respond.ts';

/** Astro's handler in middleware mode (`dist/server/entry.mjs`). */
export type AstroHandler = (
  req: IncomingMessage & { body?: Buffer },
  res: ServerResponse,
  next: undefined,
  locals: App.Locals,
) => Promise<void>;

/**
 * How long and how many. A client gets `requestTimeout` (`REQUEST_TIMEOUT`, 30 s by default) for
 * the whole request and a third of it for its headers (Node's defaults, 300 s and 60 s, let a few
 * hundred slow sockets hold the server for minutes); an idle kept-alive connection is closed
 * after 5 s; at most 1,000 connections at once (each costs a file descriptor and some memory; a
 * proxy in front keeps far fewer). Timeouts are checked every second rather than Node's 30.
 */
const SERVER_LIMITS = {
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
  maxConnections: 1_000,
} as const;

/** The methods the site answers; any other gets 405 with this list. */
const ALLOW = 'GET, HEAD, POST, OPTIONS';

/**
 * Files of the build for static hosts only (see README, Deploying): `_headers`, and the 404
 * pages (`/404` would reach `404.html` as a page, with a 200), which the server renders itself.
 */
const HIDDEN = /^\/_headers$|^(\/en)?\/404(\.html)?\/?$/;

/** What the server needs from the process that runs it. */
export interface SiteServerOptions {
  /** `dist/client`. */
  client: string;
  handler: AstroHandler;
  /** Each built page's inline scripts and styles, by URL path (see `pageHashes` in src/policy/csp.ts). */
  pages: Map<string, InlineHashes>;
  /** The public site (`SITE_URL`): its origin is accepted for POSTs, its scheme decides HSTS. */
  site: URL;
  trustProxy: boolean;
  newsletter: Newsletter;
  log: (line: string) => void;
  /** Milliseconds for a whole request; its headers get a third (see `SERVER_LIMITS`). */
  requestTimeout: number;
}

/** A file name's extension other than `.html`: the request is for an asset, not a page. */
const ASSET = /\.(?!html$)[a-z0-9]+$/i;

/**
 * The security headers for each path, worked out once at start. A built page gets a policy that
 * allows its own inline scripts and styles only: stricter, and 1 to 2 KB lighter than the whole
 * site's list on every answer. Other files (scripts, fonts,
 * images, feeds) get one that allows no inline code, which they cannot have; anything else (a page
 * Astro renders on request, an address sirv spells another way) the whole site's list.
 */
function headerSets(
  pages: Map<string, InlineHashes>,
  hashes: InlineHashes,
  https: boolean,
): { forPath: (pathname: string) => Record<string, string>; plain: Record<string, string> } {
  const byPage = new Map(
    [...pages].map(([path, own]) => [path, securityHeaders(path, { https, hashes: own })]),
  );
  const asset = securityHeaders('/', { https, hashes: { scripts: [], styles: [] } });
  const page = securityHeaders('/', { https, hashes });
  const embed = securityHeaders('/embed/', { https, hashes });
  const forPath = (pathname: string) => {
    const key = pathname.replace(/\/index\.html$/, '/');
    return (
      byPage.get(key) ??
      byPage.get(`${key}/`) ??
      (ASSET.test(pathname) ? asset : isEmbed(pathname) ? embed : page)
    );
  };
  return { forPath, plain: asset };
}

/** The path of a request, or `/` when its URL cannot be read. */
function pathOf(url = '/'): string {
  try {
    return new URL(url, 'http://x').pathname;
  } catch {
    return '/';
  }
}

/** The site's server, not yet listening; see `SERVER_LIMITS` for its timeouts and cap. */
export function createSiteServer(options: SiteServerOptions): Server {
  const { client, handler, pages, site, trustProxy, newsletter, log } = options;
  const https = site.protocol === 'https:';
  const hashes = mergeHashes([...pages.values()]);
  // Answers with no page (parse errors, CONNECT) get the headers of a file with no inline code.
  const { forPath: headersFor, plain } = headerSets(pages, hashes, https);
  const files = staticFiles(client, HIDDEN, (error) =>
    log(`Le Lien: a file could not be read: ${error.message}`),
  );

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const pathname = pathOf(req.url);
    const base = headersFor(pathname);
    for (const [name, value] of Object.entries(base)) res.setHeader(name, value);
    const method = req.method ?? 'GET';
    if (!hostAcceptable(req.headersDistinct.host, req.httpVersion))
      return refuse(req, res, 400, base);
    if (method === 'OPTIONS') {
      res.writeHead(204, { Allow: ALLOW });
      return void res.end();
    }
    if (!['GET', 'HEAD', 'POST'].includes(method))
      return refuse(req, res, 405, base, { Allow: ALLOW });
    if (!req.url?.startsWith('/')) return refuse(req, res, 400, base);
    const locals: App.Locals = {
      newsletter,
      clientNetwork: clientNetwork(
        req.socket.remoteAddress,
        req.headers['x-forwarded-for']?.toString(),
        trustProxy,
      ),
    };
    const render = () => {
      holdPage(
        res,
        (html) =>
          contentSecurityPolicy(onDemandHashes(hashes, html), { embed: isEmbed(pathname), https }),
        () => refuse(req, res, 500, base),
      );
      return handler(req, res, undefined, locals);
    };
    if (method !== 'POST') {
      // sirv answers, or calls `next` before it returns: what it leaves is rendered by Astro.
      let rendering: Promise<void> | undefined;
      files(req, res, pathname, () => {
        rendering = render();
      });
      return rendering;
    }
    const headers = { origin: req.headers.origin, host: req.headers.host };
    // A form's island asks for JSON and shows the message; anything else gets plain text.
    const wantsJson = (req.headers.accept ?? '').includes('application/json');
    const refuseForm = (status: 403 | 413, problem: Problem) =>
      wantsJson
        ? refuseJson(res, status, refusalAnswer(problem, req.headers['accept-language']), base)
        : refuse(req, res, status, base);
    if (!originAllowed(method, pathname, headers, { site, https })) {
      discardBody(req);
      return refuseForm(403, 'request.origin');
    }
    // The whole body is read here, within the limit, before Astro sees the request: Astro then
    // takes it as it is (`req.body`), and a refusal never leaves a client sending into a socket
    // nobody reads.
    const body = await readBody(req, BODY_LIMIT);
    if (body === 'aborted') return void res.destroy();
    if (body === 'too-large') return refuseForm(413, 'request.too-large');
    (req as IncomingMessage & { body?: Buffer }).body = body;
    await render();
  };

  const server = createServer(
    {
      headersTimeout: Math.round(options.requestTimeout / 3),
      requestTimeout: options.requestTimeout,
      keepAliveTimeout: SERVER_LIMITS.keepAliveTimeout,
      connectionsCheckingInterval: SERVER_LIMITS.connectionsCheckingInterval,
      // Node would answer a missing Host itself, without our headers: `hostAcceptable` does it.
      requireHostHeader: false,
    },
    guard(
      (req, res) =>
        handle(req, res).catch((error: unknown) => {
          // A page that failed halfway is dropped, so the 500 replaces it whole.
          releasePage(res);
          throw error;
        }),
      (req) => headersFor(pathOf(req.url)),
      log,
    ),
  );
  server.maxConnections = SERVER_LIMITS.maxConnections;
  server.on('clientError', (error: Error & { code?: string }, socket: Socket) =>
    answerClientError(error, socket, plain),
  );
  // An `Expect` other than 100-continue: Node would answer 417 itself, without our headers.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) =>
    refuse(req, res, 417, headersFor(pathOf(req.url))),
  );
  // Node hands CONNECT to this event and, with no listener, drops the connection unanswered.
  server.on('connect', (_req: IncomingMessage, socket: Socket) => {
    socket.on('error', () => undefined);
    socket.end(rawRefusal(405, plain, { Allow: ALLOW }));
  });
  return server;
}
