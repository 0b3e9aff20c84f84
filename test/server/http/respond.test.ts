/**
 * The server's own answers and the page holder, through a real HTTP server on loopback: what a
 * client reads must always start with a status line and carry the headers it was given.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { exchange, parseResponse } from '../../../scripts/fuzz/client.ts';
import { onDemandHashes, inlineHashes } from '../../../src/policy/csp.ts';
import { holdPage } from '../../../src/server/http/page-policy.ts';
import { guard, rawRefusal, REFUSALS } from '../../../src/server/http/respond.ts';

const base = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'",
};
const servers: ReturnType<typeof createServer>[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

/** Serves `handle` on a free port; resolves with the port. */
function serve(handle: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> {
  const server = createServer(handle);
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

const get = async (port: number, path = '/') => {
  const answer = await exchange(
    port,
    Buffer.from(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`),
  );
  return parseResponse(answer.bytes, 'GET');
};

describe('holdPage', () => {
  it('keeps the status line of an answer written with statusCode and end, as Astro’s errors are', async () => {
    const port = await serve((_req, res) => {
      holdPage(
        res,
        () => 'policy',
        () => res.destroy(),
      );
      res.setHeader('Content-Type', 'text/html');
      res.statusCode = 500;
      res.end('Internal Server Error');
    });
    const response = await get(port);
    expect(response?.status).toBe(500);
    expect(response?.headers['content-security-policy']).toBe('policy');
    expect(response?.body.toString()).toBe('Internal Server Error');
  });

  it('sets the policy of a page written with writeHead, write and end', async () => {
    const html = '<style>p{}</style><p>page</p>';
    const port = await serve((_req, res) => {
      holdPage(
        res,
        (page) => `styles ${inlineHashes(page).styles.length}`,
        () => res.destroy(),
      );
      res.writeHead(404, 'Gone', { 'Content-Type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, 10));
      res.end(html.slice(10));
    });
    const response = await get(port);
    expect(response?.status).toBe(404);
    expect(response?.headers['content-security-policy']).toBe('styles 1');
    expect(response?.body.toString()).toBe(html);
  });
});

describe('holdPage when the page fails halfway', () => {
  it('lets a well-formed answer replace it, as Astro destroys a response whose stream threw', async () => {
    const port = await serve((_req, res) => {
      holdPage(
        res,
        () => 'policy',
        () => {
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end('replaced');
        },
      );
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.write('<p>half a page', () => res.destroy(new Error('stream failed')));
    });
    const response = await get(port);
    expect(response?.status).toBe(500);
    expect(response?.body.toString()).toBe('replaced');
  });
});

describe('onDemandHashes', () => {
  it('allows the page’s own styles but no inline script the build did not make', () => {
    const build = inlineHashes('<script>built()</script><style>a{}</style>');
    const page = '<script>built()</script><script>injected()</script><style>b{}</style>';
    const allowed = onDemandHashes(build, page);
    expect(allowed.scripts).toEqual(build.scripts);
    expect(allowed.styles).toEqual([...build.styles, ...inlineHashes(page).styles].sort());
  });
});

describe('guard', () => {
  it('turns a throw or a rejection into a well-formed 500 with the headers, logged in one line', async () => {
    const lines: string[] = [];
    const port = await serve(
      guard(
        (req) => {
          if (req.url === '/') throw new Error('boom\n    at somewhere');
          return Promise.reject(new Error('later'));
        },
        () => base,
        (line) => lines.push(line),
      ),
    );
    for (const path of ['/', '/later']) {
      const response = await get(port, path);
      expect(response?.status).toBe(500);
      expect(response?.headers['x-content-type-options']).toBe('nosniff');
      expect(response?.body.toString()).toBe(`${REFUSALS[500]}\n`);
    }
    expect(lines).toHaveLength(2);
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
  });
});

describe('rawRefusal', () => {
  it('is a complete response a client can read', () => {
    const response = parseResponse(Buffer.from(rawRefusal(431, base)), 'GET');
    expect(response?.status).toBe(431);
    expect(response?.headers['content-security-policy']).toBe("default-src 'none'");
    expect(response?.headers.connection).toBe('close');
    expect(response?.body.toString()).toBe(`${REFUSALS[431]}\n`);
  });
});
