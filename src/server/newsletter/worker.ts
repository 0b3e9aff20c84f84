import { deliver, type Delivery } from './delivery.ts';
import { forgetOldHits } from './limits.ts';
import { ProviderError } from './listmonk.ts';
import { DeliveryError } from './mail.ts';
import { claim, markDone, markFailed, release } from './outbox.ts';

/** Counts of one drain, for the CLI's progress and the tests. */
export interface Drained {
  sent: number;
  skipped: number;
  failed: number;
}

/** The outbox worker: sends due mail in order, with retries, from the server or the CLI. */
export interface Worker {
  /**
   * Sends every row due now (or only one campaign's, by key prefix) and resolves when none is
   * left; `onProgress` is called after each row.
   */
  drain(options?: { keyPrefix?: string; onProgress?: (done: Drained) => void }): Promise<Drained>;
  /** Drains again soon: called after a change queues mail. */
  wake(): void;
  /** Drains every `intervalMs` too, for retries that come due. */
  start(intervalMs?: number): void;
  /** Stops: the mail being sent is finished, the rest waits in the outbox for the next start. */
  stop(): Promise<void>;
}

/**
 * The pause after the mail server (or provider) could not be reached `failures` times in a row:
 * 1 s doubled each time, at most 10 s, `min(2^(failures−1), 10)` seconds, so mail flows again
 * within seconds of the server coming back, without hammering it meanwhile.
 */
export function outagePause(failures: number): number {
  return Math.min(1000 * 2 ** Math.max(0, failures - 1), 10_000);
}

/** What a failed send means for the outbox: pause everything, give this row up, or retry it later. */
export type FailureVerdict = 'outage' | 'permanent' | 'retry';

/**
 * How the worker reads a failed send, told by the error's class: a mail server that cannot be
 * reached, or a mailing engine that is down or overloaded, is an outage (nothing is spent on it);
 * a mail server's 5xx, or an engine's refusal, is permanent; anything else is retried later.
 */
export function verdictOf(error: unknown): FailureVerdict {
  const known =
    error instanceof DeliveryError || error instanceof ProviderError ? error : undefined;
  switch (known?.kind) {
    case 'delivery':
      return known.outage ? 'outage' : known.permanent ? 'permanent' : 'retry';
    case 'provider':
      return known.retryable ? 'outage' : 'permanent';
    default:
      return 'retry';
  }
}

/**
 * A worker over the outbox. Rows are claimed with a lease, so several workers (the server, a
 * `send` from the CLI) never send the same row; a row whose send throws is retried later
 * (`backoff`), and marked failed for good only when the error says retrying cannot help.
 */
export function createWorker(
  d: Delivery,
  clock: () => number = Date.now,
  log: (line: string) => void = console.error,
): Worker {
  let running: Promise<Drained> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let again = false;
  let outages = 0;
  let pausedUntil = 0;
  let stopping = false;

  async function run(keyPrefix?: string, onProgress?: (done: Drained) => void): Promise<Drained> {
    const done: Drained = { sent: 0, skipped: 0, failed: 0 };
    for (;;) {
      if (stopping || clock() < pausedUntil) return done;
      const rows = claim(d.db, {
        limit: 20,
        now: clock(),
        pid: process.pid,
        ...(keyPrefix !== undefined && { keyPrefix }),
      });
      if (rows.length === 0) return done;
      for (const [index, row] of rows.entries()) {
        if (stopping) {
          // Stopping: the mail under way was finished; the rest of the batch waits for next time.
          for (const rest of rows.slice(index)) release(d.db, rest.id);
          return done;
        }
        try {
          const outcome = await deliver(row, d);
          markDone(d.db, row.id, clock(), outcome);
          done[outcome] += 1;
          outages = 0;
        } catch (error) {
          const verdict = verdictOf(error);
          const message = error instanceof Error ? error.message : String(error);
          if (verdict === 'outage') {
            // Unreachable: give this row and the rest of the batch back, and pause.
            for (const rest of rows.slice(index)) release(d.db, rest.id);
            outages += 1;
            pausedUntil = clock() + outagePause(outages);
            if (outages === 1) log(`Le Lien: mail server unreachable, mail waits: ${message}`);
            return done;
          }
          markFailed(d.db, row, clock(), message, verdict === 'permanent');
          log(`Le Lien: ${row.kind} #${row.id} not sent (try ${row.attempts}): ${message}`);
          done.failed += 1;
        }
        onProgress?.({ ...done });
      }
    }
  }

  function tick(): void {
    if (stopping) return;
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        tick();
      }
    });
    running.catch((error: unknown) => log(`Le Lien: outbox worker: ${String(error)}`));
  }

  return {
    drain: (options = {}) => run(options.keyPrefix, options.onProgress),
    wake: () => setImmediate(tick),
    start(intervalMs = 2000) {
      timer = setInterval(() => {
        forgetOldHits(d.db, clock());
        tick();
      }, intervalMs);
      timer.unref();
      tick();
    },
    async stop() {
      stopping = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
