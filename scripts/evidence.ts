/**
 * `npm run check:evidence` (part of `npm run check`, so of `npm test`): the evidence check of
 * `src/articles/evidence-check.ts` over every MDX file of the content (articles, tools, pages).
 * Prints one line per problem and exits 1 on any error; unused sources are warnings.
 * `LELIEN_CONTENT=dir` points it at another content folder (the tests' fixtures).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { runnerImport } from 'vite';
import { checkEvidence, type SourceRecord } from '../src/articles/evidence-check.ts';
import { readContentDir } from '../src/config.ts';

const CONTENT = readContentDir(process.env);

function filesUnder(dir: string, ext: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .filter((n) => ext.test(n))
    .map((n) => join(dir, n))
    .sort();
}

const sources = new Map<string, SourceRecord>(
  filesUnder(join(CONTENT, 'sources'), /\.ya?ml$/).map((file) => [
    file.replace(/^.*\//, '').replace(/\.ya?ml$/, ''),
    load(readFileSync(file, 'utf8')) as SourceRecord,
  ]),
);

const mdx = ['articles', 'tools', 'pages'].flatMap((d) =>
  filesUnder(join(CONTENT, d), /\.mdx?$/).map((path) => ({
    path,
    text: readFileSync(path, 'utf8'),
  })),
);

/** Sources the calculators and the glossary cite, which MDX does not show. */
const { module: registry } = await runnerImport<typeof import('../src/calculators/registry.ts')>(
  './src/calculators/registry.ts',
  { configFile: false, logLevel: 'silent' },
);
const elsewhere = registry.CALCULATORS.flatMap((c) => [
  ...c.inputs.flatMap((i) => i.sources),
  ...c.coefficients.flatMap((k) => Object.values(k.values).flatMap((v) => v.sources)),
]);
for (const file of filesUnder(join(CONTENT, 'glossary'), /\.ya?ml$/)) {
  const entry = load(readFileSync(file, 'utf8')) as { sources?: string[] };
  elsewhere.push(...(entry.sources ?? []));
}

const { errors, warnings } = checkEvidence(mdx, sources, elsewhere);
for (const w of warnings) console.warn(`warning: ${w}`);
for (const e of errors) console.error(e);
console.log(
  `evidence check: ${mdx.length} files, ${sources.size} sources, ${errors.length} errors, ${warnings.length} warnings`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
