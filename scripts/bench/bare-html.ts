import type { HTMLElement } from 'node-html-parser';

/**
 * An article's own text (its title, lead and body as the site renders them, citations included)
 * in a page with nothing else, as a bare Astro layout writes it: no styles, web font or script.
 * The bench compares our page with it, in Lighthouse (bare-page.ts) and in bytes (bytes.ts).
 */
export function barePageHtml(doc: HTMLElement): string {
  const text = (selector: string) => doc.querySelector(selector)?.toString() ?? '';
  return `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="description" content="${doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? ''}">
<title>${doc.querySelector('title')?.text ?? ''}</title></head>
<body><main><article>${text('h1')}${text('.lead')}${text('.prose')}</article></main></body></html>
`;
}
