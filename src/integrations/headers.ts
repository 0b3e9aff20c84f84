import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles, builtPagePaths, siteHashes } from '../policy/built.ts';
import { headersFile } from '../policy/headers.ts';
import { SITE } from '../site.ts';

/**
 * Writes `_headers` into the built site at the end of `astro build`: the headers `npm start`
 * sends, for a static host that serves the files itself. Same rules, same hashes.
 */
export function staticHeaders(): AstroIntegration {
  return {
    name: 'lelien:headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        const pages = builtPagePaths(client).map((p) => p.path);
        const https = SITE.url.startsWith('https:');
        await writeFile(
          join(client, '_headers'),
          headersFile(pages, { https, hashes: siteHashes(client) }, builtFiles(client)),
        );
        logger.info(`wrote _headers for ${pages.length} pages`);
      },
    },
  };
}
