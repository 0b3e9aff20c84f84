import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './support/dist';

/** Framework-free folders: plain TypeScript that any runtime can test. */
const PURE = [
  'src/text',
  'src/articles',
  'src/i18n',
  'src/calculators',
  'src/charts',
  'src/newsletter',
  'src/policy',
];
const FRAMEWORK = /^(astro|astro:.*|@astrojs\/.*|preact|preact\/.*|@preact\/.*)$/;

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [
    ...source.matchAll(
      /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? '');
}

const sources = filesUnder('src').filter((f) => /\.(ts|tsx|astro|mjs)$/.test(f));

describe('architecture', () => {
  it('keeps the pure core free of Astro, Preact and the DOM', () => {
    const offenders = PURE.filter(existsSync)
      .flatMap((dir) => filesUnder(dir))
      .flatMap((file) => [
        ...imports(file)
          .filter((s) => FRAMEWORK.test(s))
          .map((s) => `${file} imports ${s}`),
        ...(/\b(document|window|localStorage)\./.test(readFileSync(file, 'utf8'))
          ? [`${file} touches the DOM`]
          : []),
      ]);
    expect(offenders).toEqual([]);
  });

  it('lets only server/ and on-demand routes import server code', () => {
    // On-demand routes run only on the server; `env.d.ts` types the locals the server hands them.
    const onDemand = (f: string) =>
      /^src\/pages\//.test(f) && /export const prerender = false;/.test(readFileSync(f, 'utf8'));
    const offenders = sources
      .filter((f) => !/^src\/server\/|^src\/env\.d\.ts$/.test(f) && !onDemand(f))
      .flatMap((file) =>
        imports(file)
          .filter((s) => /(^|\/)server\//.test(s))
          .map((s) => `${file} imports ${s}`),
      );
    expect(offenders).toEqual([]);
  });

  it('never names a module src/fetch.ts (reserved by Astro 7)', () => {
    expect(existsSync('src/fetch.ts')).toBe(false);
  });
});
