import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/dist.ts';

/**
 * The blog posts the site grew from (a copy of ../shared/seeds, so CI has them): their sentences
 * must never reappear in ours.
 */
const SEEDS = 'test/fixtures/seeds';
const RUN = 8;

/** Lowercased words without punctuation, MDX tags or frontmatter. */
function words(text: string): string[] {
  return text
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Every run of `RUN` consecutive words, joined. */
function runs(list: string[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i++) found.add(list.slice(i, i + RUN).join(' '));
  return found;
}

const seedRuns = new Set(
  readdirSync(SEEDS).flatMap((file) => [...runs(words(readFileSync(join(SEEDS, file), 'utf8')))]),
);
const written = ['content/articles', 'content/tools', 'content/pages']
  .flatMap((dir) => filesUnder(dir))
  .filter((file) => /\.mdx?$/.test(file));

describe('our own words', () => {
  it('reads the seed posts', () => {
    expect(seedRuns.size).toBeGreaterThan(100);
  });

  it.each(written)('%s shares no run of eight words with the seed posts', (file) => {
    const shared = [...runs(words(readFileSync(file, 'utf8')))].filter((run) => seedRuns.has(run));
    expect(shared).toEqual([]);
  });
});
