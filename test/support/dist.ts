import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Where the built static files are. */
export const CLIENT = 'dist/client';

/** A built HTML page: its URL path, its file and its parsed document. */
export interface BuiltPage {
  path: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? filesUnder(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** The URL path a built file is served at: `articles/x/index.html` → `/articles/x/`. */
function urlPathOf(file: string, root = CLIENT): string {
  const rel = relative(root, file).split(sep).join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page of a build. */
export function builtPages(root = CLIENT): BuiltPage[] {
  return filesUnder(root)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      return { path: urlPathOf(file, root), file, html, doc: parse(html) };
    });
}

/** Whether a page asks search engines to leave it out (embeds, the search page, 404). */
export function isNoindex(page: BuiltPage): boolean {
  return (
    page.doc.querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') ??
    false
  );
}

/** Whether a page is an article (`/articles/<slug>/`, `/en/articles/<slug>/`), not a list page. */
export function isArticlePage(page: BuiltPage): boolean {
  return /^(\/en)?\/articles\/(?!page\/)[^/]+\/$/.test(page.path);
}

/** Article pages of a build. */
export function articlePages(pages: BuiltPage[]): BuiltPage[] {
  return pages.filter(isArticlePage);
}
