import type { Server } from 'node:http';

/**
 * How long a stop may take: requests in flight get 8 s to finish, then their connections are
 * cut, so that the whole stop, mail worker and database included, fits in the 10 s a service
 * manager usually waits before it kills (systemd's default is 90 s, Docker's and Kubernetes' 10
 * to 30 s).
 */
const STOP_MS = { requests: 8_000, total: 10_000 } as const;

/**
 * Stops the server without losing anything: no new connection is accepted, requests in flight
 * are answered (idle kept-alive connections are closed as soon as they are idle), the outbox
 * worker finishes the mail it is sending, and the database is closed, so every signup that was
 * answered is on disk (`work` is what runs beside the server: the newsletter's runtime). Resolves with the exit code: 0 when all of it finished in time, 1 when
 * requests had to be cut or something failed.
 */
export async function stopGracefully(
  server: Server,
  work: { close(): Promise<void> },
  log: (line: string) => void,
): Promise<number> {
  let code = 0;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  // Connections that were busy when `close` was called become idle after their answer.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const timeUp = (ms: number) =>
    new Promise<'late'>((r) => setTimeout(() => r('late'), ms).unref());
  if ((await Promise.race([closed, timeUp(STOP_MS.requests)])) === 'late') {
    log('Le Lien: requests still running after 8 s were cut');
    server.closeAllConnections();
    code = 1;
  }
  clearInterval(idle);
  const rest = STOP_MS.total - STOP_MS.requests;
  const finished = work.close().then(
    () => 'done' as const,
    (error: unknown) => {
      log(`Le Lien: while stopping: ${String(error)}`);
      return 'failed' as const;
    },
  );
  const outcome = await Promise.race([finished, timeUp(rest)]);
  if (outcome !== 'done') {
    if (outcome === 'late') log('Le Lien: the mail worker did not stop in time');
    code = 1;
  }
  return code;
}
