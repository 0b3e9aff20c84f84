/**
 * A generated French site for benchmarks: articles built from the sentences of the real French
 * articles, reshuffled, with a few invented words per article so the vocabulary grows as a real
 * archive's would. Deterministic (seeded), so two runs index the same text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small seeded generator (mulberry32): the same seed gives the same site. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The prose sentences of the French articles: frontmatter, components and markup removed. */
export function sentences(): string[] {
  const dir = 'content/articles/fr';
  return readdirSync(dir)
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .replace(/^---[\s\S]*?---/, '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/[#*_>`|[\]]/g, ' ')
        .split(/(?<=[.!?])\s+/),
    )
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => s.split(' ').length >= 6);
}

const SYLLABLES = ['ba', 'lo', 'mi', 'ter', 'san', 'vil', 'cor', 'da', 'ne', 'pra', 'su', 'mon'];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Writes `count` article pages (and a blank page) under `root`; returns how many pages. */
export function syntheticArticles(root: string, count: number): number {
  const pool = sentences();
  const next = random(42);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const invent = () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
  const sentence = () =>
    pick(pool)
      .split(' ')
      .map((w) => (next() < 0.02 ? invent() : w))
      .join(' ');
  for (let i = 1; i <= count; i++) {
    const sections = Array.from({ length: 6 }, () => {
      const paragraphs = Array.from({ length: 4 }, () =>
        Array.from({ length: 4 }, sentence).join(' '),
      );
      return `<h2>${escape(sentence().slice(0, 60))}</h2>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}`;
    }).join('');
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Article ${i}</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/articles/">Articles</a> <a href="/outils/">Outils</a></nav></header>
<main><article data-pagefind-body>
<meta data-pagefind-filter="kind[content]" content="article"><meta data-pagefind-filter="tag[content]" content="Thème ${i % 12}">
<meta data-pagefind-meta="date[content]" content="2026-10-01">
<h1>Article ${i} : ${escape(sentence().slice(0, 80))}</h1>${sections}</article></main>
<footer>Le Lien, un site sur le lien entre vos équipes et vos clients.</footer></body></html>`;
    mkdirSync(join(root, 'articles', String(i)), { recursive: true });
    writeFileSync(join(root, 'articles', String(i), 'index.html'), html);
  }
  writeFileSync(
    join(root, 'blank.html'),
    '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>·</title></head><body></body></html>',
  );
  return count;
}
