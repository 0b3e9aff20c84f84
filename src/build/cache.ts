/**
 * The build's cache: outputs that cost time to make (social images, compressed copies) kept under
 * the SHA-256 of their input in `node_modules/.cache/lelien/` (or `LELIEN_BUILD_CACHE`), so a
 * rebuild redoes only what changed. Safe to delete at any time: a miss makes the output again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { readBuildCacheDir } from '../config.ts';

/** Where the cache lives; `node_modules/.cache` is where tools keep theirs, and git ignores it. */
const CACHE_DIR = readBuildCacheDir(process.env);

/** Entries no build has used for this long are deleted at the end of a build. */
const KEEP_DAYS = 7;

/**
 * The output `make` gives for `input`, from the cache when a build has made it before. `kind`
 * names the recipe (`social`, `br-8`…): the same input under another recipe is another entry.
 * A cache that cannot be read or written (full or read-only disk) only costs the time of `make`.
 */
export async function cached(
  kind: string,
  input: string | Uint8Array,
  make: () => Promise<Uint8Array>,
  dir = CACHE_DIR,
): Promise<Uint8Array> {
  const key = createHash('sha256').update(input).digest('hex');
  const file = join(dir, kind, key.slice(0, 2), key);
  try {
    const hit = await readFile(file);
    // Used now: pruning measures age from the last use.
    const now = new Date();
    await utimes(file, now, now);
    return hit;
  } catch {
    // A miss.
  }
  const made = await make();
  try {
    await mkdir(dirname(file), { recursive: true });
    // Written aside, then renamed: a build running at once never reads half a file.
    const partial = `${file}.${randomUUID()}.part`;
    await writeFile(partial, made);
    await rename(partial, file);
  } catch {
    // The build goes on without the cache.
  }
  return made;
}

/** Deletes the entries no build has used for `KEEP_DAYS` days; returns how many. */
export async function prune(dir = CACHE_DIR, now = Date.now()): Promise<number> {
  let removed = 0;
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(file);
    if (now - mtimeMs > KEEP_DAYS * 24 * 3600 * 1000) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
