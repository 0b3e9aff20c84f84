import {
  chmodSync,
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { ConfigError } from '../../config.ts';

/**
 * The files in `DATA_DIR` that hold subscribers' addresses, working links or the signing key.
 * They are made private (600, the folders 700) at every start, so a folder left readable by an
 * older version, a restore or a copy is closed again.
 */
const PRIVATE_FILES = ['newsletter.db', 'newsletter.db-wal', 'newsletter.db-shm', 'secret'];

/** `error`'s system code, if it has one. */
function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/**
 * Makes `dir` ready before anything is opened in it: created if missing (its parent must exist:
 * a mistyped path should not grow a tree of folders), checked to be a folder the server can
 * write in, then made private (700, and 600 for the files in `PRIVATE_FILES`). Each problem is a
 * `ConfigError` of one line naming the folder and what to do. Returns the paths whose mode it
 * changed, with the old one, so the start can say so (a folder an older version left readable).
 */
export function prepareDataDir(dir: string): string[] {
  const fix = 'set DATA_DIR to a folder this user can write in';
  try {
    mkdirSync(dir, { mode: 0o700 });
  } catch (error) {
    const code = codeOf(error);
    if (code === 'ENOENT')
      throw new ConfigError(
        `DATA_DIR ${dir} cannot be created: ${dirname(dir)} does not exist; create it, or ${fix}.`,
      );
    if (code !== 'EEXIST')
      throw new ConfigError(`DATA_DIR ${dir} cannot be created (${code}): ${fix}.`);
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(dir).isDirectory();
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dir} cannot be read (${codeOf(error)}): ${fix}.`);
  }
  if (!isFolder) throw new ConfigError(`DATA_DIR ${dir} is a file, not a folder: ${fix}.`);
  const probe = join(dir, `.write-check-${process.pid}`);
  try {
    writeFileSync(probe, '', { mode: 0o600 });
    rmSync(probe);
  } catch (error) {
    throw new ConfigError(`DATA_DIR ${dir} is not writable (${codeOf(error)}): ${fix}.`);
  }
  const tightened: string[] = [];
  const keep = (path: string, mode: number) => {
    const was = existsSync(path) ? statSync(path).mode & 0o777 : mode;
    if (was === mode) return;
    chmodSync(path, mode);
    tightened.push(`${path} (was ${was.toString(8)}, now ${mode.toString(8)})`);
  };
  try {
    keep(dir, 0o700);
    for (const name of PRIVATE_FILES) keep(join(dir, name), 0o600);
    keep(join(dir, 'outbox'), 0o700);
    return tightened;
  } catch (error) {
    throw new ConfigError(
      `DATA_DIR ${dir} cannot be made private (${codeOf(error)}): run the server as its owner, or ${fix}.`,
    );
  }
}

/**
 * Creates `file` holding `text`, mode 600, all at once or not at all: written to a temporary
 * file, flushed to disk, then linked into place, which fails if another process (the CLI, a
 * second server) made it first, so the first one wins and nobody's copy is replaced. A crash or
 * a full disk leaves at most a stray temporary file, never a short `file`. Returns whether this
 * call created it.
 */
export function createAtomically(file: string, text: string): boolean {
  // Its own name, so two processes (even two containers, both PID 1) never share one.
  const temporary = `${file}.${randomBytes(8).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    // link() never replaces an existing file, unlike rename().
    linkSync(temporary, file);
    const folder = openSync(dirname(file), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
    return true;
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}
