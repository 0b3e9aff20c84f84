import { paginate } from '../articles/paginate.ts';
import { otherLang, type Lang } from '../i18n/lang.ts';
import { paths } from '../i18n/routes.ts';
import { SITE } from '../site.ts';
import { articlesIn } from './articles.ts';
import { tagsIn } from './tags.ts';

/** `getStaticPaths` of an article route: one page per published article of `lang`. */
export async function articlePaths(lang: Lang) {
  return (await articlesIn(lang)).map((article) => ({
    params: { slug: article.slug },
    props: { article },
  }));
}

/** `getStaticPaths` of the list pages after the first (`/articles/page/2/`, …). */
export async function listPaths(lang: Lang) {
  return paginate(await articlesIn(lang), SITE.pageSize)
    .slice(1)
    .map((page) => ({ params: { page: String(page.page) }, props: { page } }));
}

/**
 * `getStaticPaths` of tag pages: one per tag used by at least one article of `lang`, with the
 * same tag's page in the other language when that language uses it too.
 */
export async function tagPaths(lang: Lang) {
  const other = otherLang(lang);
  const articles = await articlesIn(lang);
  const twins = await tagsIn(other, await articlesIn(other));
  return (await tagsIn(lang, articles)).map((tag) => {
    const twin = twins.find((t) => t.id === tag.id);
    return {
      params: { tag: tag.slug },
      props: {
        tag,
        articles: articles.filter((a) => a.tags.includes(tag.id)),
        twinPath: twin && paths.tag(other, twin.slug),
      },
    };
  });
}
