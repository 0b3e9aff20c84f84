import rss from '@astrojs/rss';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import preactRenderer from '@astrojs/preact/server.js';
import type { SSRManifest } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { citedIds } from '../articles/mdx.ts';
import { calculatorById } from '../calculators/registry.ts';
import { findUsages } from '../calculators/usage.ts';
import { mdxComponents } from '../components/mdx.ts';
import { LOCALES, type Lang } from '../i18n/lang.ts';
import { paths } from '../i18n/routes.ts';
import { ui } from '../i18n/ui.ts';
import { SITE } from '../site.ts';
import { absoluteLinks } from '../text/html.ts';
import { typeset } from '../text/typography.ts';
import { articlesIn } from './articles.ts';
import { tagNames } from './tags.ts';

/** The RSS feed of one language, with every article's full text and absolute links. */
export async function feed(lang: Lang): Promise<Response> {
  const t = ui(lang);
  const container = await AstroContainer.create({
    renderers: await loadRenderers([getContainerRenderer()]),
    // The container knows no directive unless told; the calculators hydrate with the site's
    // `client:intent`, the "your chain" tool in an article with `client:visible`. A feed reader
    // runs no script, so each directive's code is a comment.
    manifest: {
      clientDirectives: new Map([
        ['intent', '/* client:intent */'],
        ['visible', '/* client:visible */'],
      ]),
    } as SSRManifest,
  });
  // The calculators' islands render through Preact; imported here so Vite resolves its options.
  container.addServerRenderer({ name: '@astrojs/preact', renderer: preactRenderer });
  const names = await tagNames();
  const items = await Promise.all(
    (await articlesIn(lang)).map(async (article) => {
      const link = new URL(paths.article(lang, article.slug), SITE.url).href;
      const { Content } = await render(article.entry);
      const html = await container.renderToString(Content, {
        props: { components: mdxComponents },
        request: new Request(link),
        locals: {
          calculators: findUsages(article.entry.body ?? '', calculatorById),
          citations: citedIds(article.entry.body ?? ''),
        },
      });
      return {
        title: typeset(article.entry.data.title, lang),
        description: typeset(article.entry.data.description, lang),
        pubDate: article.pubDate,
        link,
        content: absoluteLinks(html, link),
        categories: article.tags.flatMap((id) => names.get(id)?.[lang].label ?? []),
      };
    }),
  );
  return rss({
    title: t('rss.title'),
    description: t('site.description'),
    site: new URL(paths.home(lang), SITE.url).href,
    items,
    customData: `<language>${LOCALES[lang]}</language>`,
  });
}
