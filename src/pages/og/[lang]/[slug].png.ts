import type { APIRoute, GetStaticPaths } from 'astro';
import { articlesIn } from '../../../data/articles.ts';
import { socialImage } from '../../../data/social.ts';
import { LANGS } from '../../../i18n/lang.ts';
import { ui } from '../../../i18n/ui.ts';

/** One social image per article, plus the site's own (`site`) in each language. */
export const getStaticPaths = (async () =>
  (
    await Promise.all(
      LANGS.map(async (lang) => {
        const t = ui(lang);
        const site = {
          params: { lang, slug: 'site' },
          props: { lang, title: t('site.tagline'), footer: 'Le Lien' },
        };
        const articles = (await articlesIn(lang)).map((a) => ({
          params: { lang, slug: a.slug },
          props: {
            lang,
            title: a.entry.data.title,
            footer: t('social.article', { minutes: a.minutes }),
          },
        }));
        return [site, ...articles];
      }),
    )
  ).flat()) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await socialImage(props.title, props.footer, props.lang), {
    headers: { 'Content-Type': 'image/png' },
  });
