import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import sirv from 'sirv';
import { isRecordList } from '../search/records.ts';

/** The file the build writes with glossary terms and sources, indexed then deleted. */
const RECORDS = 'search-records.json';

/** Pagefind's ready-made interfaces, written with every index; the site has its own. */
const UNUSED = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/**
 * Builds the Pagefind index at the end of every `astro build` with Pagefind's Node API, straight
 * into the folder the site is served from (`dist/client/pagefind/`), so `npm run build` and
 * `npm start` always search fresh content. Pagefind splits the index by each page's
 * `<html lang>`, so French is stemmed as French and English as English; glossary terms and
 * sources are added as records of their own. `astro dev` serves the last build's index at the
 * same address, and the search box says what to run when there is none. It also registers
 * `client:search`, which hydrates the search dialog when the reader first asks for it, and
 * `client:intent`, which hydrates the newsletter form or a calculator when the reader first
 * touches it.
 */
export function search(): AstroIntegration {
  let client = '';
  return {
    name: 'lelien:search',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'search',
          entrypoint: fileURLToPath(new URL('../islands/search/directive.ts', import.meta.url)),
        });
        // The site's other on-request directive, registered beside this one so both live in
        // one place: `client:intent` hydrates the newsletter form or a calculator when touched.
        addClientDirective({
          name: 'intent',
          entrypoint: fileURLToPath(new URL('../islands/lib/intent.ts', import.meta.url)),
        });
      },
      'astro:config:done': ({ config }) => {
        client = fileURLToPath(config.adapter ? config.build.client : config.outDir);
      },
      'astro:server:setup': ({ server }) => {
        // Read on every request (`dev`), so a build made while the dev server runs is picked up.
        server.middlewares.use('/pagefind', sirv(join(client, 'pagefind'), { dev: true }));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const records: unknown = JSON.parse(await readFile(join(site, RECORDS), 'utf8'));
        if (!isRecordList(records)) throw new Error(`${RECORDS}: not a list of search records`);
        for (const record of records) {
          const response = await index.addCustomRecord(record);
          if (response.errors.length > 0)
            throw new Error(`Pagefind: ${response.errors.join('; ')}`);
        }
        await rm(join(site, RECORDS));
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        for (const file of await readdir(join(site, 'pagefind'))) {
          if (UNUSED.test(file)) await rm(join(site, 'pagefind', file));
        }
        logger.info(
          `indexed ${added.page_count} pages and ${records.length} records in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
