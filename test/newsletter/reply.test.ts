import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldOf, isProblem, PROBLEM_CODES, type Problem } from '../../src/newsletter/form.ts';
import {
  formBody,
  initialOutcome,
  precheck,
  prefillOf,
  problemMessage,
  readAnswer,
  retryMinutes,
  send,
  type ProblemText,
} from '../../src/newsletter/reply.ts';

const NOW = Date.parse('2026-11-22T10:00:00Z');

describe('retryMinutes', () => {
  it('rounds seconds up to whole minutes, at least one', () => {
    expect(retryMinutes('600')).toBe(10);
    expect(retryMinutes('61')).toBe(2);
    expect(retryMinutes('0')).toBe(1);
    expect(retryMinutes(' 120 ')).toBe(2);
  });

  it('reads an HTTP date against the clock', () => {
    expect(retryMinutes('Sun, 22 Nov 2026 10:30:00 GMT', NOW)).toBe(30);
    expect(retryMinutes('Sun, 22 Nov 2026 09:00:00 GMT', NOW)).toBe(1);
  });

  it('gives up on what it cannot read', () => {
    expect(retryMinutes(null)).toBeUndefined();
    expect(retryMinutes('')).toBeUndefined();
    expect(retryMinutes('soon')).toBeUndefined();
  });

  it('never returns NaN or less than one minute', () => {
    fc.assert(
      fc.property(fc.string(), (header) => {
        const minutes = retryMinutes(header, NOW);
        expect(minutes === undefined || (Number.isInteger(minutes) && minutes >= 1)).toBe(true);
      }),
    );
  });
});

describe('readAnswer', () => {
  it('takes a 202 JSON answer as sent', () => {
    expect(readAnswer(202, { ok: true, message: 'Check your inbox' })).toEqual({ ok: true });
  });

  it('takes any 2xx as sent, JSON or not (the signup was accepted)', () => {
    expect(readAnswer(200, null)).toEqual({ ok: true });
  });

  it('keeps the problem and the field the server names', () => {
    expect(
      readAnswer(400, { ok: false, problem: 'email.invalid', field: 'email', message: 'x' }),
    ).toEqual({ ok: false, problem: 'email.invalid', field: 'email' });
  });

  it('finds the field from the problem when the answer does not name one', () => {
    expect(readAnswer(400, { ok: false, problem: 'consent.missing', message: 'x' })).toEqual({
      ok: false,
      problem: 'consent.missing',
      field: 'consent',
    });
    expect(readAnswer(400, { ok: false, problem: 'request.malformed', message: 'x' })).toEqual({
      ok: false,
      problem: 'request.malformed',
    });
  });

  it('ignores a field that is not one of the form’s', () => {
    expect(
      readAnswer(400, { ok: false, problem: 'email.empty', field: 'website', message: 'x' }),
    ).toEqual({ ok: false, problem: 'email.empty', field: 'email' });
  });

  it('carries the wait of a rate limit', () => {
    expect(readAnswer(429, { ok: false, problem: 'request.rate', message: 'x' }, '900')).toEqual({
      ok: false,
      problem: 'request.rate',
      minutes: 15,
    });
  });

  it('reads what a status says when the body is not the form’s JSON', () => {
    const problem = (status: number) => (readAnswer(status, null) as { problem: Problem }).problem;
    expect(problem(403)).toBe('request.origin');
    expect(problem(413)).toBe('request.too-large');
    expect(problem(415)).toBe('request.type');
    expect(problem(429)).toBe('request.rate');
    expect(problem(400)).toBe('request.malformed');
    expect(problem(500)).toBe('server.unavailable');
    expect(problem(502)).toBe('server.unavailable');
    expect(readAnswer(503, { ok: false, problem: 'made.up' })).toEqual({
      ok: false,
      problem: 'server.unavailable',
    });
  });

  it('always names a known problem and a field that matches it, whatever comes back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 599 }), fc.anything(), (status, body) => {
        const outcome = readAnswer(status, body);
        if (outcome.ok) return;
        expect(isProblem(outcome.problem)).toBe(true);
        if (outcome.field) expect(['email', 'consent', 'lang']).toContain(outcome.field);
      }),
    );
  });
});

describe('isProblem', () => {
  it('knows every code the contract lists, and nothing else', () => {
    expect(PROBLEM_CODES).toHaveLength(13);
    for (const code of PROBLEM_CODES) expect(isProblem(code)).toBe(true);
    for (const other of ['', 'email', 'toString', 'constructor', 42, null]) {
      expect(isProblem(other)).toBe(false);
    }
  });
});

describe('formBody', () => {
  it('sends the fields a plain form post would, text only', () => {
    const data = new FormData();
    data.append('email', 'ana@example.com');
    data.append('consent', 'yes');
    data.append('lang', 'en');
    data.append('source', '/articles/chaine-sears/');
    data.append('website', '');
    data.append('started', '1790000000000');
    data.append('file', new Blob(['x']), 'x.txt');
    expect(formBody(data).toString()).toBe(
      'email=ana%40example.com&consent=yes&lang=en&source=%2Farticles%2Fchaine-sears%2F&website=&started=1790000000000',
    );
  });
});

describe('send', () => {
  const fake =
    (response: () => Response): typeof fetch =>
    async () =>
      response();

  it('posts the body and asks for JSON', async () => {
    let seen: RequestInit | undefined;
    const fetcher: typeof fetch = async (_url, init) => {
      seen = init;
      return Response.json({ ok: true, message: 'x' }, { status: 202 });
    };
    const body = new URLSearchParams({ email: 'a@b.fr' });
    expect(await send('/api/newsletter/subscribe', body, fetcher)).toEqual({ ok: true });
    expect(seen?.method).toBe('POST');
    expect(new Headers(seen?.headers).get('accept')).toBe('application/json');
    expect(seen?.body).toBe(body);
  });

  it('reads a refusal and its Retry-After', async () => {
    const outcome = await send(
      '/x',
      new URLSearchParams(),
      fake(() =>
        Response.json(
          { ok: false, problem: 'request.rate', message: 'x' },
          { status: 429, headers: { 'Retry-After': '120' } },
        ),
      ),
    );
    expect(outcome).toEqual({ ok: false, problem: 'request.rate', minutes: 2 });
  });

  it('turns a lost connection into an outcome, not an exception', async () => {
    const fetcher: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await send('/x', new URLSearchParams(), fetcher)).toEqual({
      ok: false,
      problem: 'network',
    });
  });

  it('copes with an HTML error page where JSON was expected', async () => {
    const outcome = await send(
      '/x',
      new URLSearchParams(),
      fake(() => new Response('<h1>Bad gateway</h1>', { status: 502 })),
    );
    expect(outcome).toEqual({ ok: false, problem: 'server.unavailable' });
  });
});

describe('precheck', () => {
  it('asks for an address first, then for consent', () => {
    expect(precheck('', false)).toBe('email.empty');
    expect(precheck('  ', true)).toBe('email.empty');
    expect(precheck('a@b.fr', false)).toBe('consent.missing');
    expect(precheck('a@b.fr', true)).toBeNull();
  });

  it('leaves judging an address to the server', () => {
    expect(precheck('not an address', true)).toBeNull();
  });
});

describe('prefillOf', () => {
  it('keeps the prefill fields that are set, and nothing else', () => {
    const props = { lang: 'fr', 'data-astro-cid-x': true, email: 'a@b', consent: false };
    expect(prefillOf(props)).toEqual({ email: 'a@b', consent: false });
    expect(prefillOf({ problem: 'email.invalid', minutes: undefined })).toEqual({
      problem: 'email.invalid',
    });
  });

  it('is undefined when there is nothing to prefill', () => {
    expect(prefillOf({})).toBeUndefined();
  });
});

describe('initialOutcome', () => {
  it('is nothing without a problem', () => {
    expect(initialOutcome({})).toBeNull();
    expect(initialOutcome({ email: 'a@b.fr', consent: true })).toBeNull();
  });

  it('marks the field the server’s error page refused', () => {
    for (const problem of PROBLEM_CODES) {
      const outcome = initialOutcome({ problem });
      expect(outcome).toMatchObject({ ok: false, problem });
      expect(outcome && !outcome.ok && outcome.field).toBe(fieldOf(problem) ?? undefined);
    }
  });

  it('keeps the wait of a rate limit', () => {
    expect(initialOutcome({ problem: 'request.rate', minutes: 5 })).toEqual({
      ok: false,
      problem: 'request.rate',
      minutes: 5,
    });
  });
});

describe('problemMessage', () => {
  const text: ProblemText = {
    failed: 'Lost.',
    problems: Object.fromEntries(
      PROBLEM_CODES.map((code) => [code, code === 'request.rate' ? 'Wait {minutes} min.' : code]),
    ) as ProblemText['problems'],
  };

  it('has one message per problem, and one for a lost connection', () => {
    expect(problemMessage({ ok: false, problem: 'email.invalid' }, text)).toBe('email.invalid');
    expect(problemMessage({ ok: false, problem: 'network' }, text)).toBe('Lost.');
    expect(problemMessage({ ok: true }, text)).toBe('');
  });

  it('fills the wait, an hour when it is unknown', () => {
    expect(problemMessage({ ok: false, problem: 'request.rate', minutes: 3 }, text)).toBe(
      'Wait 3 min.',
    );
    expect(problemMessage({ ok: false, problem: 'request.rate' }, text)).toBe('Wait 60 min.');
  });
});
