/**
 * `npm run bench`: prints size figures of the built site (run `npm run build` first), then the
 * calculators' responsiveness, then search (see search-bench.ts). Goals: HTML of an article without a calculator ≤ 14 KB gzipped,
 * each inline script < 1 KB, no external JavaScript on plain pages, ≤ 20 KB of JavaScript
 * (gzipped) on calculator pages.
 */
import { readFileSync, statSync } from 'node:fs';
import { articlePages, builtPages, CLIENT } from '../test/support/dist.ts';
import { gz, scriptWeight } from '../test/support/weight.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pages = builtPages();
const articles = new Set(articlePages(pages).map((p) => p.path));

console.log(
  'page'.padEnd(44),
  'html',
  'html gz',
  'inline js (largest)',
  'all js (gz)',
  'css (external, gz)',
);
for (const page of pages) {
  const inline = page.doc
    .querySelectorAll('script:not([src])')
    .filter((s) => s.getAttribute('type') !== 'application/ld+json');
  const largest = Math.max(0, ...inline.map((s) => Buffer.byteLength(s.text)));
  const js = scriptWeight(page).total;
  const css = page.doc
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, l) => sum + gz(readFileSync(CLIENT + l.getAttribute('href')!)), 0);
  const flag =
    articles.has(page.path) && js < 1024 && gz(page.html) > 14 * 1024
      ? '  ✗ over 14 KB gz'
      : js > 20 * 1024
        ? '  ✗ over 20 KB of JavaScript'
        : '';
  console.log(
    page.path.padEnd(44),
    kb(Buffer.byteLength(page.html)).padStart(8),
    kb(gz(page.html)).padStart(8),
    `${inline.length} (${largest} B)`.padStart(12),
    kb(js).padStart(8),
    kb(css).padStart(8),
    flag,
  );
}
for (const link of pages[0]?.doc.querySelectorAll('link[rel="preload"][as="font"]') ?? []) {
  const font = link.getAttribute('href')!;
  console.log(`preloaded font ${font}: ${kb(statSync(CLIENT + font).size)}`);
}

await import('./responsiveness.ts');
await import('./search-bench.ts');
