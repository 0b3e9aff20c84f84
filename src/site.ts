import { readSite } from './config.ts';

/**
 * Site-wide settings in one place. `SITE.url` is the public address used for canonical links,
 * feeds and social images: `SITE_URL`, whose one default (the local server) is in src/config.ts.
 */
export const SITE = {
  name: 'Le Lien',
  url: readSite(process.env).href,
  /** Who signs the articles (JSON-LD, feeds); change to the author's name. */
  author: 'Le Lien',
  /** Articles per page on the article lists. */
  pageSize: 10,
} as const;
