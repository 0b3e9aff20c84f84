import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readListmonk, type Env } from '../../../src/config.ts';
import type { Signup } from '../../../src/newsletter/form.ts';
import {
  listmonk,
  listmonkFromConfig,
  ProviderError,
} from '../../../src/server/newsletter/listmonk.ts';
import { startListmonk, type StandIn } from '../../support/listmonk.ts';

const FR = '6f1c2f9e-3a4b-4c5d-8e9f-0a1b2c3d4e5f';
const EN = '0c554cfb-eb42-4972-92ba-c93c34ba475d';
const PRIVATE = 'eb420c55-4cfb-4972-92ba-c93c34ba475d';
const ARCHIVED = '55e243af-80c6-4169-8d7f-bc571e0269e9';
const NOWHERE = '11111111-2222-4333-8444-555555555555';

const signup = (email: string, lang: Signup['lang'] = 'fr'): Signup => ({
  email,
  lang,
  source: 'article:climat-interne',
  consentVersion: 'v1',
});

/** The provider the environment `env` asks for, as the server builds it at start. */
const listmonkFromEnv = (env: Env) => listmonkFromConfig(readListmonk(env));

let server: StandIn;

beforeEach(async () => {
  server = await startListmonk({
    lists: [
      { uuid: FR, name: 'Le Lien (fr)', optin: 'double' },
      { uuid: EN, name: 'Le Lien (en)', optin: 'single' },
      { uuid: PRIVATE, name: 'Interne', type: 'private' },
      { uuid: ARCHIVED, name: 'Ancienne', status: 'archived' },
    ],
  });
});

afterEach(async () => {
  await server.close();
});

/** The error a forward failed with, or a test failure if it succeeded or threw something else. */
async function failure(promise: Promise<void>): Promise<ProviderError> {
  const error: unknown = await promise.then(
    () => expect.fail('forward() succeeded'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('listmonk provider', () => {
  it('subscribes each language to its own list, sending only the address and the list', async () => {
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN } });
    expect(provider.name).toBe('listmonk');

    await provider.forward(signup('marie@exemple.fr', 'fr'));
    await provider.forward(signup('john@example.com', 'en'));

    expect(server.received.map((r) => [r.contentType, r.body, r.status])).toEqual([
      ['application/json', { email: 'marie@exemple.fr', list_uuids: [FR] }, 200],
      ['application/json', { email: 'john@example.com', list_uuids: [EN] }, 200],
    ]);
    const marie = server.subscribers.get('marie@exemple.fr');
    expect(marie?.name).toBe('marie');
    expect([...(marie?.lists ?? [])]).toEqual([[FR, 'unconfirmed']]);
    expect([...(server.subscribers.get('john@example.com')?.lists ?? [])]).toEqual([
      [EN, 'unconfirmed'],
    ]);
    // The French list is double opt-in: listmonk mails its own confirmation; the English is not.
    expect(server.optinMails).toEqual(['marie@exemple.fr']);
  });

  it('takes a second signup of the same address as a success, pending or confirmed', async () => {
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN } });
    await provider.forward(signup('marie@exemple.fr'));
    await provider.forward(signup('marie@exemple.fr'));
    server.confirm('marie@exemple.fr');
    await provider.forward(signup('marie@exemple.fr'));

    expect(server.received.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(server.subscribers.size).toBe(1);
    expect([...(server.subscribers.get('marie@exemple.fr')?.lists ?? [])]).toEqual([
      [FR, 'confirmed'],
    ]);
  });

  it('reaches a listmonk served under a sub-path', async () => {
    // The base URL's path is kept: a trailing slash or not, the API is looked up beneath it.
    const provider = listmonk({ url: `${server.url}/`, lists: { fr: FR, en: EN } });
    await provider.forward(signup('marie@exemple.fr'));
    expect(server.received).toHaveLength(1);

    const under = listmonk({ url: `${server.url}/listmonk`, lists: { fr: FR, en: EN } });
    const error = await failure(under.forward(signup('marie@exemple.fr')));
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(404);
    expect(error.message).toContain('GET /api/public/lists: 404 Not Found');
  });

  it('reports an address listmonk refuses as final, with listmonk’s message', async () => {
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN } });
    const error = await failure(provider.forward(signup('pas une adresse')));
    expect(error.retryable).toBe(false);
    expect(error.status).toBe(400);
    expect(error.message).toContain('Invalid email.');
    expect(error.message).not.toContain('pas une adresse');
    expect(server.subscribers.size).toBe(0);
  });

  it('reports a list listmonk does not offer publicly as final, before subscribing anyone', async () => {
    for (const list of [NOWHERE, PRIVATE, ARCHIVED]) {
      const provider = listmonk({ url: server.url, lists: { fr: list, en: EN } });
      const error = await failure(provider.forward(signup('marie@exemple.fr')));
      expect(error.retryable).toBe(false);
      expect(error.message).toContain(list);
      expect(error.message).toContain('lists.fr');
    }
    expect(server.received).toEqual([]);
    expect(server.subscribers.size).toBe(0);
  });

  it('reports public subscription switched off in listmonk as final', async () => {
    const off = await startListmonk({
      lists: [{ uuid: FR, name: 'fr' }],
      publicSubscription: false,
    });
    try {
      const provider = listmonk({ url: off.url, lists: { fr: FR, en: FR } });
      const error = await failure(provider.forward(signup('marie@exemple.fr')));
      expect(error.retryable).toBe(false);
      expect(error.status).toBe(400);
      expect(error.message).toContain('That feature is not available.');
    } finally {
      await off.close();
    }
  });

  it('asks for a retry when listmonk fails with a 500 or a proxy answers 429', async () => {
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN } });
    for (const mode of [500, 429] as const) {
      server.fail(mode);
      const error = await failure(provider.forward(signup('marie@exemple.fr')));
      expect(error.retryable).toBe(true);
      expect(error.status).toBe(mode);
    }
    server.fail(null);
    await provider.forward(signup('marie@exemple.fr'));
    expect(server.subscribers.has('marie@exemple.fr')).toBe(true);
  });

  it('asks for a retry when the subscription itself fails after the list check', async () => {
    // A 500 on the POST only: the list check passes, then listmonk cannot mail its opt-in.
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN } });
    server.fail(500, '/api/public/subscription');
    const error = await failure(provider.forward(signup('marie@exemple.fr')));
    expect(error.retryable).toBe(true);
    expect(error.status).toBe(500);
    expect(error.message).toContain('POST /api/public/subscription: 500');
    expect(error.message).toContain('Error processing request. Please retry.');
  });

  it('asks for a retry when listmonk cannot be reached', async () => {
    const port = await closedPort();
    const provider = listmonk({ url: `http://127.0.0.1:${port}`, lists: { fr: FR, en: EN } });
    const error = await failure(provider.forward(signup('marie@exemple.fr')));
    expect(error.retryable).toBe(true);
    expect(error.status).toBeUndefined();
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('gives up on a listmonk that does not answer in time, and asks for a retry', async () => {
    server.fail('hang');
    const provider = listmonk({ url: server.url, lists: { fr: FR, en: EN }, timeoutMs: 300 });
    const started = performance.now();
    const error = await failure(provider.forward(signup('marie@exemple.fr')));
    const elapsed = performance.now() - started;
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('within 300 ms');
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('listmonkFromEnv', () => {
  const env = (extra: Record<string, string | undefined>) => ({
    LISTMONK_URL: server.url,
    LISTMONK_LIST_FR: FR,
    LISTMONK_LIST_EN: EN,
    ...extra,
  });

  it('is off without LISTMONK_URL', () => {
    expect(listmonkFromEnv({})).toBeUndefined();
    expect(listmonkFromEnv({ LISTMONK_URL: '  ', LISTMONK_LIST_FR: FR })).toBeUndefined();
  });

  it('builds a provider that reaches listmonk', async () => {
    const provider = listmonkFromEnv(env({ LISTMONK_LIST_EN: EN.toUpperCase() }));
    await provider?.forward(signup('john@example.com', 'en'));
    expect(server.received.map((r) => r.body)).toEqual([
      { email: 'john@example.com', list_uuids: [EN] },
    ]);
  });

  it('names the variable that is missing or wrong', () => {
    expect(() => listmonkFromEnv(env({ LISTMONK_LIST_FR: undefined }))).toThrow(
      /^LISTMONK_LIST_FR is not set/,
    );
    expect(() => listmonkFromEnv(env({ LISTMONK_LIST_EN: '' }))).toThrow(
      /^LISTMONK_LIST_EN is not set/,
    );
    expect(() => listmonkFromEnv(env({ LISTMONK_LIST_EN: 'newsletter-en' }))).toThrow(
      /^LISTMONK_LIST_EN must be a listmonk list UUID/,
    );
    expect(() => listmonkFromEnv(env({ LISTMONK_URL: 'ftp://lists.exemple.fr' }))).toThrow(
      /^LISTMONK_URL must be an http:\/\/ or https:\/\/ URL/,
    );
    expect(() => listmonkFromEnv(env({ LISTMONK_URL: 'lists.exemple.fr' }))).toThrow(
      /^LISTMONK_URL is not a URL/,
    );
    expect(() =>
      listmonkFromEnv(env({ LISTMONK_URL: 'https://admin:secret@lists.exemple.fr' })),
    ).toThrow(/^LISTMONK_URL must not contain credentials/);
  });

  it('names the variable when listmonk does not offer that list', async () => {
    const provider = listmonkFromEnv(env({ LISTMONK_LIST_FR: NOWHERE }));
    const error = await failure(provider?.forward(signup('marie@exemple.fr')) ?? Promise.resolve());
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('LISTMONK_LIST_FR');
  });
});

describe('listmonk stand-in', () => {
  // The stand-in's own fidelity to listmonk, on the points the provider relies on.
  const post = (contentType: string, body: string) =>
    fetch(`${server.url}/api/public/subscription`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    }).then(async (r) => [r.status, await r.json()]);

  it('files an address on no list for a well-formed but unknown list UUID, with a 200', async () => {
    expect(
      await post(
        'application/json',
        JSON.stringify({ email: 'a@exemple.fr', list_uuids: [NOWHERE] }),
      ),
    ).toEqual([200, { data: { has_optin: false } }]);
    expect([...(server.subscribers.get('a@exemple.fr')?.lists ?? [])]).toEqual([]);
  });

  it('answers as listmonk does to other requests', async () => {
    expect(await post('text/plain', '{}')).toEqual([415, { message: 'Unsupported Media Type' }]);
    expect(await post('application/json', '{')).toEqual([400, expect.objectContaining({})]);
    expect(await post('application/json', JSON.stringify({ email: 'a@exemple.fr' }))).toEqual([
      400,
      { message: 'No valid lists selected to subscribe.' },
    ]);
    expect(
      await post(
        'application/json',
        JSON.stringify({ email: 'a@exemple.fr', list_uuids: [PRIVATE] }),
      ),
    ).toEqual([400, { message: 'Invalid UUID(s)' }]);
    const [status, body] = await post(
      'application/json',
      JSON.stringify({ email: 'a@exemple.fr', list_uuids: ['fr'] }),
    );
    expect(status).toBe(500);
    expect(body).toEqual({
      message: expect.stringContaining('invalid input syntax for type uuid'),
    });
    expect(
      await post('application/x-www-form-urlencoded', `email=B%40Exemple.fr&name=B&l=${EN}`),
    ).toEqual([200, { data: { has_optin: false } }]);
    expect(server.subscribers.get('b@exemple.fr')?.name).toBe('B');
    const lists = await fetch(`${server.url}/api/public/lists`).then((r) => r.json());
    expect(lists).toEqual([
      { uuid: FR, name: 'Le Lien (fr)' },
      { uuid: EN, name: 'Le Lien (en)' },
    ]);
  });
});
