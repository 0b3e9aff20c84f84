import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from '../../src/site.ts';
import { builtPages, CLIENT } from '../support/dist.ts';

const pages = builtPages();
const ids = new Map(
  pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((el) => el.id))]),
);

/** The file a local URL path is served from, or undefined. */
function served(path: string): string | undefined {
  const file = CLIENT + decodeURIComponent(path);
  for (const candidate of [file, `${file.replace(/\/$/, '')}/index.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

describe('internal links', () => {
  it('every href and src on every page leads to a built file, and every #anchor exists', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const page of pages) {
      const refs = page.doc
        .querySelectorAll('[href], [src], [srcset]')
        .flatMap((el) => [
          el.getAttribute('href'),
          el.getAttribute('src'),
          ...(el.getAttribute('srcset') ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
        ])
        .filter((v): v is string => !!v);
      for (const ref of refs) {
        const url = new URL(ref, new URL(page.path, SITE.url));
        if (url.origin !== new URL(SITE.url).origin) continue;
        checked++;
        if (!served(url.pathname)) {
          broken.push(`${page.path} → ${ref}`);
          continue;
        }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && !ids.get(url.pathname)?.has(anchor))
          broken.push(`${page.path} → ${ref} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
