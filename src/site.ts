/**
 * Site-wide settings in one place. `SITE.url` is the public origin used for canonical links,
 * feeds and social images; set `SITE_URL` when deploying elsewhere.
 */
export const SITE = {
  name: 'Le Lien',
  url: process.env.SITE_URL ?? 'https://lelien.example',
  /** Who signs the articles (JSON-LD, feeds); change to the author's name. */
  author: 'Le Lien',
  /** Articles per page on the article lists. */
  pageSize: 10,
} as const;
