/**
 * Hostile HTTP requests, generated with fast-check: methods (lower case, junk, TRACE, CONNECT),
 * targets (percent-encodings, `..`, overlong UTF-8, NUL, 8 KB paths, the server's own files,
 * the data folder), header sets (Range, conditionals, Accept-Encoding weights, malformed or
 * missing Host, duplicated Content-Length, Transfer-Encoding games, 64 KB values) and bodies
 * (the signup form with hostile addresses, raw bytes). Every request is complete as framed, so
 * the server can always answer it, and asks for `Connection: close`.
 */
import fc from 'fast-check';

/** One generated request, before it is turned into bytes. */
export interface FuzzRequest {
  method: string;
  target: string;
  version: string;
  headers: [string, string][];
  body: string;
  framing: 'none' | 'length' | 'chunked' | 'two-lengths' | 'same-length-twice' | 'te-and-length';
}

/** What the generators need to know about the server under test. */
export interface FuzzTarget {
  /** `127.0.0.1:<port>`. */
  host: string;
  /** Some paths of real files and pages of the build. */
  paths: string[];
  /** The data folder's name, a sibling of `client`, so `..` can reach for it. */
  dataName: string;
}

/** The bytes of a request: header values as Latin-1, so any byte can be sent. */
export function encode(r: FuzzRequest): Buffer {
  const lines = [
    `${r.method} ${r.target} ${r.version}`,
    ...r.headers.map(([n, v]) => `${n}: ${v}`),
  ];
  const body = Buffer.from(r.body, 'latin1');
  const chunked = Buffer.concat([
    Buffer.from(body.length ? `${body.length.toString(16)}\r\n` : ''),
    body,
    Buffer.from(body.length ? '\r\n0\r\n\r\n' : '0\r\n\r\n'),
  ]);
  switch (r.framing) {
    case 'length':
      lines.push(`Content-Length: ${body.length}`);
      break;
    case 'same-length-twice':
      lines.push(`Content-Length: ${body.length}`, `Content-Length: ${body.length}`);
      break;
    case 'two-lengths':
      lines.push(`Content-Length: ${body.length}`, `Content-Length: ${body.length + 1}`);
      break;
    case 'chunked':
      lines.push('Transfer-Encoding: chunked');
      break;
    case 'te-and-length':
      lines.push('Transfer-Encoding: chunked', `Content-Length: ${chunked.length}`);
      break;
    case 'none':
      break;
  }
  lines.push('Connection: close');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  const payload =
    r.framing === 'none'
      ? Buffer.alloc(0)
      : r.framing.startsWith('te') || r.framing === 'chunked'
        ? chunked
        : body;
  return Buffer.concat([head, payload]);
}

/** Addresses that once stalled or fooled the address check, and spellings of one inbox. */
export const HOSTILE_EMAILS = [
  `a${' '.repeat(16_340)}a`,
  `${' '.repeat(8000)}ana@example.org${' '.repeat(8000)}`,
  `${'a.'.repeat(4000)}@example.org`,
  `ana@${'a-'.repeat(4000)}.org`,
  `${'!'.repeat(10_000)}@example.org`,
  'Jo.Ann+x@googlemail.com',
  'ana@example.org\r\nBcc: victim@example.org',
  'ana\u0000@example.org',
  '"ana"@example.org',
  'ana@xn--.org',
];

const METHODS = ['GET', 'HEAD', 'POST', 'OPTIONS', 'TRACE', 'CONNECT', 'PUT', 'DELETE', 'PATCH'];
const JUNK_METHODS = ['get', 'Post', 'PROPFIND', 'M-SEARCH', 'BREW', 'G ET', 'GET\x00', ''];

const method = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'POST') },
  { weight: 4, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK_METHODS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z!#$%&'*+.^_`|~-]{1,12}$/) },
);

const version = fc.oneof(
  { weight: 30, arbitrary: fc.constant('HTTP/1.1') },
  { weight: 3, arbitrary: fc.constant('HTTP/1.0') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'HTTP/2.0',
      'HTTP/0.9',
      'HTTP/1.2',
      'HTTP/1',
      'http/1.1',
      'HTTX/1.1',
    ),
  },
);

/** Path pieces: real names, ways out of the folder, broken and overlong encodings. */
function segment(target: FuzzTarget) {
  return fc.oneof(
    fc.constantFrom(
      'articles',
      'en',
      'newsletter',
      'confirmer',
      'confirm',
      'desinscription',
      'unsubscribe',
      'api',
      'subscribe',
      '_astro',
      'pagefind',
      'embed',
      'outils',
      'index.html',
      'robots.txt',
      'favicon.svg',
      '_headers',
      '404.html',
      'lost.js',
      'sitemap-index.xml',
    ),
    fc.constantFrom(
      '..',
      '.',
      '...',
      '%2e%2e',
      '%2E%2E',
      '.%2e',
      '%2e.',
      '..%2f',
      '..%5c',
      '%2f',
      '%5c',
      '\\..',
      '%c0%ae%c0%ae',
      '%c0%af',
      '%e0%80%ae',
      '%ff',
      '%fe%ff',
      '%00',
      '%',
      '%z',
      '%%32%65',
      '%u002e',
      ';',
      '~',
      '%20',
      '%0d%0a',
      '%09',
    ),
    fc.constantFrom(
      '.env',
      'package.json',
      'server',
      'entry.mjs',
      'dist',
      'client',
      'src',
      'main.ts',
      'secret',
      'newsletter.db',
      'newsletter.db-wal',
      'fuzz-canary.txt',
      target.dataName,
      'etc',
      'passwd',
    ),
    fc.stringMatching(/^[A-Za-z0-9._~!$&'()*+,;=:@-]{1,20}$/),
  );
}

function path(target: FuzzTarget) {
  const built = fc
    .tuple(
      fc.array(segment(target), { minLength: 0, maxLength: 8 }),
      fc.boolean(),
      fc.option(
        fc.oneof(
          fc.constant('t=x'),
          fc.constant('q=%E0%A4%A'),
          fc.stringMatching(/^[A-Za-z0-9=&%._~-]{0,40}$/),
        ),
      ),
    )
    .map(
      ([parts, slash, query]) =>
        `/${parts.join('/')}${slash && parts.length ? '/' : ''}${query === null ? '' : `?${query}`}`,
    );
  return fc.oneof(
    { weight: 6, arbitrary: built },
    { weight: 6, arbitrary: fc.constantFrom(...target.paths) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        '/api/newsletter/subscribe',
        '/newsletter/confirmer/?t=1.mx6.AAAAAAAAAAAAAAAAAAAAAA',
        '/en/newsletter/confirm/',
        '/newsletter/desinscription/?t=1.AAAAAAAAAAAAAAAAAAAAAA',
        '/en/newsletter/unsubscribe/?t=',
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '*',
        'http://evil.example/',
        `http://${target.host}/../package.json`,
        '//evil.example/x',
        'evil.example:443',
        `/${'a'.repeat(8192)}`,
        `/${'%2e%2e/'.repeat(500)}etc/passwd`,
        `/../${target.dataName}/secret`,
        `/%2e%2e/${target.dataName}/newsletter.db`,
        '/../server/entry.mjs',
        '/..%2f..%2f.env',
        '/api/newsletter/subscribe',
        '/newsletter/desinscription/?t=1.AAAAAAAAAAAAAAAAAAAAAA',
        '/en/newsletter/confirm/?t=%00',
      ),
    },
  );
}

/** A header line, sometimes with bytes no header should hold. */
const junkValue = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[\x20-\x7e]{0,60}$/) },
  { weight: 1, arbitrary: fc.constantFrom('\x00', 'a\x7fb', '\xff\xfe', 'é', ' ') },
);

function headerSet(target: FuzzTarget, origin: string) {
  // Each header is there one time in two; the rarest hostile ones, one time in twenty.
  const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { freq });
  const rare = <T>(arb: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 19, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb });
  return fc
    .record({
      host: fc.oneof(
        { weight: 30, arbitrary: fc.constant([target.host]) },
        { weight: 1, arbitrary: fc.constant([] as string[]) },
        {
          weight: 2,
          arbitrary: fc.constantFrom<string[]>(
            ['a@b'],
            ['x y'],
            [''],
            ['[::1]'],
            ['[::1'],
            ['localhost:99999'],
            ['evil.example'],
            ['ä.example'],
            [target.host, 'evil.example'],
            [`${target.host}/x`],
            ['..'],
            [':80'],
          ),
        },
      ),
      range: optional(
        fc.oneof(
          fc.constantFrom(
            'bytes=0-0',
            'bytes=20-10',
            'bytes=0-99999999999999999999',
            'bytes=1-9007199254740992',
            'bytes=-5',
            'bytes=5-',
            'bytes=0-1,3-4',
            'items=0-1',
            'bytes=',
            'bytes=a-b',
            'BYTES=0-9',
            'bytes=9007199254740991-',
            'bytes=-0',
            'bytes=0--1',
            'bytes = 0-1',
          ),
          fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `bytes=${a}-${b}`),
          fc
            .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.bigInt({ min: 0n, max: 10n ** 30n }))
            .map(([a, b]) => `bytes=${a}-${b}`),
        ),
      ),
      ifRange: optional(
        fc.constantFrom('W/"1-2"', '"strong"', 'Tue, 01 Jan 1980 00:00:00 GMT', 'junk'),
      ),
      ifNoneMatch: optional(
        fc.oneof(fc.constantFrom('*', 'W/"x"', '"x", W/"y"', '', 'W/'), junkValue),
      ),
      ifModifiedSince: optional(
        fc.constantFrom(
          'Tue, 01 Jan 1980 00:00:00 GMT',
          'Fri, 31 Dec 9999 23:59:59 GMT',
          'junk',
          '0',
          '',
        ),
      ),
      acceptEncoding: optional(
        fc.constantFrom(
          'br',
          'gzip',
          'br;q=0',
          'gzip;q=0, *;q=1',
          '*;q=0',
          'identity',
          'br;q=abc',
          'gzip;q=-1',
          'br;q=1e400',
          'gzip;q=0.001, br;q=0.0001',
          ',,,;q=',
          'BR, GZIP',
          '*',
        ),
      ),
      origin: optional(
        fc.oneof(
          { weight: 4, arbitrary: fc.constant(origin) },
          {
            weight: 1,
            arbitrary: fc.constantFrom('https://evil.example', 'null', '', `${origin}/`),
          },
        ),
        4,
      ),
      contentType: optional(
        fc.constantFrom(
          'application/x-www-form-urlencoded',
          'application/x-www-form-urlencoded; charset=utf-8',
          'application/json',
          'multipart/form-data; boundary=x',
          'text/plain',
          'x/y;;;',
          '',
        ),
      ),
      accept: optional(fc.constantFrom('application/json', 'text/html', '*/*', 'junk')),
      forwardedFor: optional(
        fc.oneof(
          fc.ipV4(),
          fc.ipV6(),
          fc.constantFrom('::ffff:10.0.0.1', 'junk', '1.2.3.4, 5.6.7.8', ''),
        ),
      ),
      expect: rare(fc.constantFrom('100-continue', '200-ok', 'x', '')),
      big: rare(fc.constantFrom(64 * 1024, 8 * 1024, 15 * 1024)),
      junk: fc.oneof(
        { weight: 4, arbitrary: fc.constant([] as [string, string][]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), junkValue),
            { minLength: 1, maxLength: 3 },
          ),
        },
      ),
    })
    .map((h) => {
      const headers: [string, string][] = (h.host as string[]).map((v) => ['Host', v]);
      const add = (name: string, value: string | null) => {
        if (value !== null) headers.push([name, value]);
      };
      add('Range', h.range);
      add('If-Range', h.ifRange);
      add('If-None-Match', h.ifNoneMatch);
      add('If-Modified-Since', h.ifModifiedSince);
      add('Accept-Encoding', h.acceptEncoding);
      add('Origin', h.origin);
      add('Content-Type', h.contentType);
      add('Accept', h.accept);
      add('X-Forwarded-For', h.forwardedFor);
      add('Expect', h.expect);
      if (h.big !== null) headers.push(['X-Big', 'x'.repeat(h.big)]);
      headers.push(...h.junk);
      return headers;
    });
}

/** A signup body as the form sends it, with a generated or hostile address. */
const signupBody = fc
  .tuple(
    fc.oneof(fc.constantFrom(...HOSTILE_EMAILS), fc.emailAddress(), fc.string({ maxLength: 80 })),
    fc.constantFrom('yes', '', 'no'),
    fc.constantFrom('fr', 'en', 'de'),
  )
  .map(([email, consent, lang]) =>
    Buffer.from(
      new URLSearchParams({ email, consent, lang, source: '/', website: '' }).toString(),
    ).toString('latin1'),
  );

const body = fc.oneof(
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: signupBody },
  { weight: 1, arbitrary: fc.constant('List-Unsubscribe=One-Click') },
  {
    weight: 2,
    arbitrary: fc.uint8Array({ maxLength: 20_000 }).map((b) => Buffer.from(b).toString('latin1')),
  },
);

const framing = fc.oneof(
  { weight: 10, arbitrary: fc.constant('length' as const) },
  { weight: 3, arbitrary: fc.constant('none' as const) },
  { weight: 3, arbitrary: fc.constant('chunked' as const) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'two-lengths' as const,
      'same-length-twice' as const,
      'te-and-length' as const,
    ),
  },
);

/**
 * A signup as a browser would send it, only the address hostile or generated, from a random
 * client, so requests get past the origin check and the per-client limit into the form's.
 */
function signupPost(target: FuzzTarget, origin: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      body: signupBody,
      client: fc.oneof(fc.ipV4(), fc.ipV6()),
      accept: fc.constantFrom('application/json', 'text/html'),
    })
    .map(({ body, client, accept }) =>
      signupRequest(target, origin, body, [
        ['Accept', accept],
        ['X-Forwarded-For', client],
      ]),
    );
}

/** A signup POST as the page's form sends it, with `body` and `headers` added. */
function signupRequest(
  target: FuzzTarget,
  origin: string,
  body: string,
  headers: [string, string][] = [],
): FuzzRequest {
  return {
    method: 'POST',
    target: '/api/newsletter/subscribe',
    version: 'HTTP/1.1',
    headers: [
      ['Host', target.host],
      ['Origin', origin],
      ['Content-Type', 'application/x-www-form-urlencoded'],
      ...headers,
    ],
    body,
    framing: 'length',
  };
}

/** Every kind of request above, against `target`, whose pages' origin is `origin`. */
export function fuzzRequest(target: FuzzTarget, origin: string): fc.Arbitrary<FuzzRequest> {
  const any = fc
    .record({
      method,
      target: path(target),
      version,
      headers: headerSet(target, origin),
      body,
      framing,
    })
    .map((r) => (r.framing === 'none' ? { ...r, body: '' } : r));
  return fc.oneof(
    { weight: 5, arbitrary: any },
    { weight: 1, arbitrary: signupPost(target, origin) },
  );
}

/** The requests that broke the server once, run before the generated ones (issue 14). */
export function knownHostile(target: FuzzTarget, origin: string): FuzzRequest[] {
  const get = (path: string, headers: [string, string][] = []): FuzzRequest => ({
    method: 'GET',
    target: path,
    version: 'HTTP/1.1',
    headers: [['Host', target.host], ...headers],
    body: '',
    framing: 'none',
  });
  const signup = (email: string): FuzzRequest =>
    signupRequest(
      target,
      origin,
      new URLSearchParams({ email, consent: 'yes', lang: 'fr', source: '/' }).toString(),
    );
  return [
    get('/robots.txt', [['Range', 'bytes=20-10']]),
    get('/robots.txt', [['Range', 'bytes=0-99999999999999999999']]),
    get('/robots.txt', [['Range', 'bytes=1-9007199254740992']]),
    { ...get('/nope'), headers: [['Host', 'a@b']] },
    {
      ...get('/'),
      method: 'TRACE',
      headers: [
        ['Host', target.host],
        ['Origin', origin],
      ],
    },
    { ...get('evil.example:443'), method: 'CONNECT' },
    get('/_headers'),
    get(`/../${target.dataName}/secret`),
    get('/robots.txt', [['X-Big', 'x'.repeat(64 * 1024)]]),
    get('/robots.txt', [['Expect', '200-ok']]),
    ...HOSTILE_EMAILS.map(signup),
  ];
}
