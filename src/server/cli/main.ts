/**
 * The author's newsletter tools: `npm run newsletter -- <command>` (`node src/server/cli/main.ts`).
 * Reads the same settings as the server (see src/config.ts) and can run while the server runs.
 * This file only reads the command line, opens the newsletter and calls the command (see
 * commands.ts); a refusal ends it with its message on stderr and exit code 1, a wrong command
 * line with 2.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../../config.ts';
import { createRuntime, type Runtime } from '../newsletter/runtime.ts';
import {
  CommandError,
  erasePerson,
  exportCsv,
  importFile,
  list,
  purgeOld,
  send,
  stats,
  type Tools,
} from './commands.ts';

const USAGE = `Usage: npm run newsletter -- <command>

  list                      every subscriber: status, language, address, dates
  stats                     counts by status and language, mail waiting and sent
  export                    CSV of confirmed subscribers with their consent record (stdout)
  delete <email>            erase a person; only a fingerprint is kept so no import adds them back
  import <file.csv>         add confirmed subscribers from a CSV with export's columns; erased
                            addresses are skipped; a file with any bad row imports nothing
  purge                     erase signups unconfirmed and addresses unsubscribed for 30 days
  send <lang>/<slug> [--dry-run]
                            mail a published article to its language's confirmed subscribers,
                            once each; run it again to resume after a stop`;

/** The commands that take one argument, and what it is, for the usage error when it is missing. */
const ARGUMENT: Record<string, string> = {
  delete: 'an address',
  import: 'a file',
  send: '<lang>/<slug>',
};

/** Exits with a message on stderr: 2 for a wrong command line, 1 for a refusal. */
function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** Runs one command on an open newsletter. */
async function dispatch(
  runtime: Runtime,
  command: string,
  argument: string,
  dryRun: boolean,
): Promise<void> {
  const tools: Tools = {
    db: runtime.newsletter.db,
    out: (line) => process.stdout.write(`${line}\n`),
    now: Date.now(),
  };
  switch (command) {
    case 'list':
      return list(tools);
    case 'stats':
      return stats(tools);
    case 'export':
      return exportCsv(tools);
    case 'delete':
      return erasePerson(tools, argument);
    case 'import':
      return importFile(tools, argument);
    case 'purge':
      return purgeOld(tools);
    case 'send':
      return send(
        {
          ...tools,
          worker: runtime.worker,
          delivery: runtime.delivery,
          contentDir: runtime.config.contentDir,
          progress: process.stderr,
        },
        argument,
        dryRun,
      );
  }
}

// What the CLI writes in DATA_DIR (the database, an export's mails) is for its user only.
process.umask(0o077);

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean', default: false }, help: { type: 'boolean' } },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
})();
const [command, argument, ...extra] = positionals;
if (values.help) fail(USAGE, 0);
if (!command) fail(USAGE, 2);
if (!['list', 'stats', 'export', 'purge', ...Object.keys(ARGUMENT)].includes(command))
  fail(`Unknown command "${command}".\n\n${USAGE}`, 2);
if (command in ARGUMENT && !argument) fail(`${command} needs ${ARGUMENT[command]}.\n\n${USAGE}`, 2);
if (extra.length) fail(`Too many arguments: ${extra.join(' ')}\n\n${USAGE}`, 2);

let runtime: Runtime;
try {
  runtime = createRuntime(readConfig(process.env));
} catch (error) {
  fail((error as Error).message);
}
try {
  await dispatch(runtime, command, argument ?? '', values['dry-run'] ?? false);
} catch (error) {
  await runtime.close();
  if (error instanceof CommandError) fail(error.message, error.code);
  throw error;
}
await runtime.close();
