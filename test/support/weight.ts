import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT, type BuiltPage } from './dist.ts';

/** Gzipped size at the level a server would use, in bytes. */
export const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/**
 * Static imports of an ES module (`import … from "./x.js"`, `import "./y.js"`, `export … from`),
 * minified too (`import{a as b}from"./x.js"`).
 */
function staticImports(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["']([^"']+\.js)["']/g)].map(
    (m) => m[1]!,
  );
}

/** Every module a set of entry URLs loads eagerly, following static imports through the build. */
export function moduleGraph(entries: string[], root = CLIENT): string[] {
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.startsWith('/')) return;
    const file = join(root, url);
    if (!existsSync(file)) throw new Error(`${url} is referenced but not in the build`);
    seen.add(url);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      visit(spec.startsWith('/') ? spec : posix.join(dirname(url), spec));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/**
 * Islands that hydrate as the page loads; `client:search` waits for the reader to ask for
 * search and `client:intent` for the reader to touch the island (the newsletter form, which
 * works as a plain form until then), so their code is not part of what a page costs.
 */
export const EAGER_ISLANDS = 'astro-island:not([client="search"]):not([client="intent"])';

/** What JavaScript a page loads: inline scripts, external scripts and island modules, gzipped. */
export interface ScriptWeight {
  inline: number;
  modules: string[];
  external: number;
  total: number;
}

/**
 * Every byte of JavaScript a page runs before the reader touches it: inline scripts (Astro's
 * island runtime included), `<script src>` files and each eager island's component and
 * renderer, with everything they import statically.
 */
export function scriptWeight(page: BuiltPage, root = CLIENT): ScriptWeight {
  const inline = page.doc
    .querySelectorAll('script:not([src])')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json')
    .reduce((sum, s) => sum + gz(s.text), 0);
  const entries = [
    ...page.doc.querySelectorAll('script[src]').map((s) => s.getAttribute('src')!),
    ...page.doc
      .querySelectorAll(EAGER_ISLANDS)
      .flatMap((i) => [i.getAttribute('component-url')!, i.getAttribute('renderer-url')!]),
  ];
  const modules = moduleGraph(entries, root);
  const external = gz(Buffer.concat(modules.map((m) => readFileSync(join(root, m)))));
  return { inline, modules, external, total: inline + external };
}
