import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { publicationSchema, type Publication } from '../../articles/frontmatter.ts';
import { isPublished } from '../../articles/publish.ts';
import { isLang, type Lang } from '../../i18n/lang.ts';
import { paths } from '../../i18n/routes.ts';
import type { ArticlePayload } from './delivery.ts';
import { enqueue } from './outbox.ts';
import { transaction, type Store } from './store.ts';

/** A published article, as its newsletter mail needs it. */
export interface Campaign extends ArticlePayload {
  lang: Lang;
  slug: string;
  /** The outbox key prefix of this article's mails: one row per subscriber, ever. */
  key: string;
}

/**
 * An article file's frontmatter read through the build's own field definitions (see
 * src/articles/frontmatter.ts), or an error naming the file and each wrong field, so a typo in a
 * date or a draft flag can never let an article out by mistake.
 */
function readPublication(file: string): Publication {
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
  if (front === undefined) throw new Error(`${file} has no frontmatter (--- … --- at its top).`);
  let data: unknown;
  try {
    data = load(front);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new Error(`${file}: its frontmatter is not valid YAML: ${reason}`);
  }
  const parsed = publicationSchema.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`,
  );
  throw new Error(`${file}: ${problems.join('; ')}.`);
}

/**
 * Reads `<lang>/<slug>` from the content folder (`LELIEN_CONTENT`, default `content/`): its title,
 * its description as the summary, and its path on the site. Refuses, with a message saying why,
 * a name that is not `<lang>/<slug>`, a missing file, frontmatter the build would refuse, a
 * draft, or an article dated after `now`: what stops an unpublished article being mailed to
 * everyone.
 */
export function findArticle(name: string, contentDir: string, now: Date): Campaign {
  const match = /^(fr|en)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(name);
  if (!match) throw new Error(`"${name}" is not <lang>/<slug>, e.g. fr/ce-que-coute-un-depart.`);
  const [, lang = '', slug = ''] = match;
  if (!isLang(lang)) throw new Error(`Unknown language "${lang}".`);
  const file = ['mdx', 'md']
    .map((ext) => join(contentDir, 'articles', lang, `${slug}.${ext}`))
    .find((f) => existsSync(f));
  if (!file)
    throw new Error(
      `No article ${name}: ${join(contentDir, 'articles', lang, slug)}.mdx does not exist.`,
    );
  const article = readPublication(file);
  if (!isPublished(article, now))
    throw new Error(`${name} is not published (a draft, or dated after today): nothing was sent.`);
  return {
    lang,
    slug,
    title: article.title,
    summary: article.description,
    path: paths.article(lang, slug),
    key: `article:${name}:`,
  };
}

/** What each of a campaign's queued mails carries: the article's title, summary and path. */
export function campaignPayload(campaign: Campaign): ArticlePayload {
  return { title: campaign.title, summary: campaign.summary, path: campaign.path };
}

/** Who a campaign reaches: confirmed subscribers of its language, split by whether already queued. */
export function audience(db: Store, campaign: Campaign): { total: number; queued: number } {
  const row = db
    .prepare(
      `SELECT count(*) AS total, count(o.id) AS queued FROM subscribers s
       LEFT JOIN outbox o ON o.key = ? || s.id
       WHERE s.status = 'confirmed' AND s.lang = ?`,
    )
    .get(campaign.key, campaign.lang) as { total: number; queued: number };
  return row;
}

/**
 * Queues the article for every confirmed subscriber of its language who has not had it, in one
 * transaction; the key `article:<lang>/<slug>:<id>` is unique, so running `send` again (after a
 * crash, or later for new subscribers) never queues anyone twice. Returns how many were added.
 */
export function queueCampaign(db: Store, campaign: Campaign, now: number): number {
  return transaction(db, () => {
    const ids = db
      .prepare(`SELECT id FROM subscribers WHERE status = 'confirmed' AND lang = ? ORDER BY id`)
      .all(campaign.lang) as { id: number }[];
    const payload = campaignPayload(campaign);
    let added = 0;
    for (const { id } of ids) {
      if (
        enqueue(db, {
          kind: 'article',
          subscriberId: id,
          key: `${campaign.key}${id}`,
          payload,
          now,
        })
      )
        added += 1;
    }
    return added;
  });
}
