/**
 * The article frontmatter fields that code outside the build reads too, as one zod schema:
 * src/content.config.ts builds the articles collection from these definitions, and the
 * newsletter's `send` (server/newsletter/campaign.ts) reads an article's file through them, so the
 * two can never disagree on what a title, a date or a draft is. Framework-free (`zod`, not
 * `astro/zod`: the same package), so Node runs it as it is.
 */
import { z } from 'zod';

/**
 * The fields, one definition each: a title of 1 to 120 characters, a description of 1 to 160 (it
 * is the search engines' snippet and the newsletter's summary), the publication date, and
 * whether it is a draft.
 */
export const articleFields = {
  title: z.string().min(1).max(120),
  description: z.string().min(1).max(160, 'must be at most 160 characters'),
  pubDate: z.coerce.date({ error: 'must be a date, such as 2026-06-01' }),
  draft: z.boolean({ error: 'must be true or false' }).default(false),
};

/**
 * What deciding whether an article is out, and mailing it, needs; the build checks the other
 * fields, which are let through unread.
 */
export const publicationSchema = z.object(articleFields);

/** An article's frontmatter as `publicationSchema` reads it. */
export type Publication = z.infer<typeof publicationSchema>;
