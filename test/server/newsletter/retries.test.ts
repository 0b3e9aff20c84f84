import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../../src/server/newsletter/listmonk.ts';
import { DeliveryError } from '../../../src/server/newsletter/mail.ts';
import { backoff } from '../../../src/server/newsletter/outbox.ts';
import { outagePause, verdictOf } from '../../../src/server/newsletter/worker.ts';

describe('retries', () => {
  it('backs off by doubling, within bounds', () => {
    expect([1, 2, 3].map(backoff)).toEqual([15_000, 30_000, 60_000]);
    expect(backoff(30)).toBe(3_600_000);
    expect([1, 2, 5, 9].map(outagePause)).toEqual([1000, 2000, 10_000, 10_000]);
  });
});

describe('failed sends', () => {
  it('tells a mail server’s failures from a mailing engine’s by their class', () => {
    expect(verdictOf(new DeliveryError('refused', false, true))).toBe('outage');
    expect(verdictOf(new DeliveryError('550 no such user', true))).toBe('permanent');
    expect(verdictOf(new DeliveryError('451 try later', false))).toBe('retry');
    expect(verdictOf(new ProviderError('503', { retryable: true, status: 503 }))).toBe('outage');
    expect(verdictOf(new ProviderError('400', { retryable: false, status: 400 }))).toBe(
      'permanent',
    );
    // Fields alone no longer decide: a plain error that looks like one is retried like any other.
    expect(verdictOf(Object.assign(new Error('x'), { outage: true, permanent: true }))).toBe(
      'retry',
    );
  });
});
