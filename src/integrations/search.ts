import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Builds the Pagefind index at the end of every `astro build` with Pagefind's Node API, straight
 * into the folder the site is served from (`dist/client/pagefind/`, or `dist/pagefind/` without
 * an adapter), so `npm run build` and `npm start` always search fresh content. Pagefind splits
 * the index by each page's `<html lang>`, so French is stemmed as French and English as English.
 */
export function search(): AstroIntegration {
  return {
    name: 'lelien:search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        logger.info(
          `indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
