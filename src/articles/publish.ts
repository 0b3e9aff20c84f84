/** What decides whether an article is on the site. */
export interface PublishState {
  draft: boolean;
  pubDate: Date;
}

/**
 * Whether an article appears: drafts and articles dated after `now` are left out of builds,
 * and shown when previewing (`npm run dev`) so the author can read them before they go out.
 */
export function isPublished(article: PublishState, now: Date, preview = false): boolean {
  if (preview) return true;
  return !article.draft && article.pubDate.getTime() <= now.getTime();
}
