/**
 * The built site's pages and their inline code, read from `dist/client` by both sides that need
 * them: the build, when it writes `_headers`, and the server, once at start.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inlineHashes, mergeHashes, type InlineHashes } from './csp.ts';

/** The built pages under `dir` (`dist/client`), as URL paths: `index.html` → `/`, `a/index.html` → `/a/`. */
export function builtPagePaths(dir: string): { path: string; file: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({
      file: join(dir, file),
      path: `/${file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`,
    }));
}

/** Every built file under `dir` as a URL path (`_astro/a.js` → `/_astro/a.js`), folders aside. */
export function builtFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => `/${file.replace(/\\/g, '/')}`);
}

/** Each built page's own inline hashes, by URL path (see `builtPagePaths`). */
export function pageHashes(dir: string): Map<string, InlineHashes> {
  return new Map(
    builtPagePaths(dir).map(({ path, file }) => [path, inlineHashes(readFileSync(file, 'utf8'))]),
  );
}

/** The hashes of every inline script and style of the built site under `dir`. */
export function siteHashes(dir: string): InlineHashes {
  return mergeHashes([...pageHashes(dir).values()]);
}
