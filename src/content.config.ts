import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { articleFields } from './articles/frontmatter.ts';
import { readContentDir } from './config.ts';
import { CHECKS, KINDS } from './articles/evidence.ts';
import { TOPICS } from './articles/topic.ts';

/** Where the author's files live; tests point it at fixtures. */
const CONTENT = readContentDir(process.env);

const tagIds = Object.keys(
  (load(readFileSync(`${CONTENT}/tags.yml`, 'utf8')) as Record<string, unknown>) ?? {},
);

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens only');

/** One label and URL slug per language for a tag. */
const tagName = z.object({ label: z.string().min(1), slug });

/** The tag vocabulary (`content/tags.yml`): articles may only use these ids. */
const tags = defineCollection({
  loader: file(`${CONTENT}/tags.yml`),
  schema: z.object({ fr: tagName, en: tagName }),
});

/**
 * An article's frontmatter; a wrong field fails the build with the file and field named. Title,
 * description, dates of publication and draft come from src/articles/frontmatter.ts, which the
 * newsletter reads articles with too.
 */
const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${CONTENT}/articles` }),
  schema: ({ image }) =>
    z
      .object({
        ...articleFields,
        updatedDate: z.coerce.date().optional(),
        tags: z
          .array(
            z.enum(tagIds as [string, ...string[]], {
              error: (issue) =>
                `unknown tag ${JSON.stringify(issue.input)}; use one of ${tagIds.join(', ')} (content/tags.yml)`,
            }),
          )
          .default([]),
        translationKey: slug,
        hero: z.object({ src: image(), alt: z.string().min(1) }).optional(),
        /** What changed when the article was revised, newest first, shown under the text. */
        corrections: z
          .array(z.object({ date: z.coerce.date(), note: z.string().min(1) }))
          .default([]),
      })
      .refine((a) => !a.updatedDate || a.updatedDate >= a.pubDate, {
        path: ['updatedDate'],
        message: 'must not be earlier than pubDate',
      })
      .refine((a) => !a.updatedDate || a.corrections.length > 0, {
        path: ['corrections'],
        message: 'say what changed: a revised article (updatedDate) lists at least one correction',
      }),
});

/** Stand-alone pages written in MDX, such as "about". */
const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${CONTENT}/pages` }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1).max(160, 'must be at most 160 characters'),
  }),
});

/** A line of text in both languages. */
const bilingual = z.object({ fr: z.string().min(1), en: z.string().min(1) });

/** The reference list: one file per source an article may cite with `<Cite id="…" />`. */
const sources = defineCollection({
  loader: glob({ pattern: '*.{yml,yaml}', base: `${CONTENT}/sources` }),
  schema: z
    .object({
      authors: z.string().min(1),
      short: z.string().min(1),
      year: z.number().int().nullable(),
      title: z.string().min(1),
      container: z.string().min(1),
      url: z.url().optional(),
      doi: z
        .string()
        .regex(/^10\.\S+\/\S+$/, 'a DOI looks like 10.1234/abc')
        .optional(),
      /** What the source is: meta-analysis, peer-reviewed study, thesis, book, practitioner, vendor. */
      kind: z.enum(KINDS),
      /** The strongest check we have of any figure quoted from it; a citation may not claim more. */
      verified: z.enum(CHECKS),
      /** Where figures were seen when not in the source itself: names the secondary source. */
      via: bilingual.optional(),
      topic: z.enum(TOPICS),
      /** What we saw of the source and what weakens it, in one line. */
      reason: bilingual,
      /** The figures or findings the source supports, as the site quotes them. */
      supports: z.array(bilingual).min(1),
    })
    .refine((s) => s.verified !== 'secondary' || s.via, {
      path: ['via'],
      message: 'verified: secondary needs `via`, naming where the figures were seen (fr and en)',
    }),
});

/** The glossary: one file per term, both languages in it, with its sources and related terms. */
const glossary = defineCollection({
  loader: glob({ pattern: '*.{yml,yaml}', base: `${CONTENT}/glossary` }),
  schema: z.object({
    fr: z.object({ term: z.string().min(1), definition: z.string().min(1) }),
    en: z.object({ term: z.string().min(1), definition: z.string().min(1) }),
    sources: z.array(z.string()).default([]),
    related: z.array(z.string()).default([]),
  }),
});

/**
 * The plain-words explanation of each calculator, one MDX file per language named after the
 * calculator's id (`content/tools/fr/service-climate.mdx`); the tool page adds the live form,
 * formula and assumptions table from the declaration.
 */
const tools = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${CONTENT}/tools` }),
  schema: z.object({
    description: z.string().min(1).max(160, 'must be at most 160 characters'),
  }),
});

export const collections = { tags, articles, pages, sources, tools, glossary };
