/**
 * `npm start`'s process: reads the settings (see src/config.ts), opens the newsletter (database,
 * secret, mail worker) in a private `DATA_DIR`, and serves the built site (see http/server.ts) on
 * `HOST`:`PORT` (default localhost:4321). A setting or folder that cannot work stops it with one
 * line saying what to do. SIGTERM or SIGINT stops it gracefully (see `stopGracefully`).
 */
import { fileURLToPath } from 'node:url';
import { ConfigError, readConfig } from '../config.ts';
import { pageHashes } from '../policy/built.ts';
import { createSiteServer, type AstroHandler } from './http/server.ts';
import { oneLine } from './http/respond.ts';
import { createRuntime, type Runtime } from './newsletter/runtime.ts';
import { stopGracefully } from './http/shutdown.ts';

// Everything the server writes (database, secret, mails) is for its own user only.
process.umask(0o077);

const log = (line: string) => console.error(line);

let runtime: Runtime;
try {
  runtime = createRuntime(readConfig(process.env));
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  log(`Le Lien: cannot start: ${error.message}`);
  process.exit(1);
}

const dist = new URL('../../dist/', import.meta.url);
const { handler } = (await import(new URL('server/entry.mjs', dist).href)) as {
  handler: AstroHandler;
};
const client = fileURLToPath(new URL('client', dist));
const { site, trustProxy, dataDir, host, port, requestTimeout } = runtime.config;
const server = createSiteServer({
  client,
  handler,
  pages: pageHashes(client),
  site,
  trustProxy,
  newsletter: runtime.newsletter,
  log,
  requestTimeout,
});

// A last resort: whatever escapes a request's own guard is logged as one line, and the server
// goes on serving the others.
process.on('uncaughtException', (error) => log(`Le Lien: uncaught: ${oneLine(error)}`));
process.on('unhandledRejection', (error) => log(`Le Lien: unhandled: ${oneLine(error)}`));

server.on('error', (error: NodeJS.ErrnoException) => {
  log(`Le Lien: cannot listen on ${host}:${port}: ${error.code ?? error.message}`);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`Le Lien: listening on http://${host}:${port}/`);
  console.log(`Le Lien: newsletter data in ${dataDir}, mail to ${runtime.transport.describe}`);
  runtime.worker.start();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`Le Lien: ${signal}, stopping`);
    stopGracefully(server, runtime, log).then(
      (code) => process.exit(code),
      (error: unknown) => {
        log(`Le Lien: could not stop cleanly: ${String(error)}`);
        process.exit(1);
      },
    );
  });
}
