import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The static 404 pages as Astro builds them, and where static hosts look for them. */
const PAGES = [
  { built: 'static-404/index.html', served: '404.html' },
  { built: 'en/static-404/index.html', served: 'en/404.html' },
];

/**
 * Moves the 404 pages built for static hosts to the names those hosts serve for a missing
 * address (`404.html` at the root, and in `en/` for hosts that look in the nearest folder).
 * `npm start`'s own server renders its 404 on request, in the language of the address, and
 * serves neither file. Runs before the other build hooks, so none of them sees the build names.
 */
export function staticNotFound(): AstroIntegration {
  return {
    name: 'lelien:not-found',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const client = fileURLToPath(dir);
        for (const { built, served } of PAGES) {
          await rename(join(client, built), join(client, served));
          await rm(join(client, built, '..'), { recursive: true });
        }
        logger.info('wrote 404.html and en/404.html for static hosts');
      },
    },
  };
}
