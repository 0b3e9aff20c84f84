import { getEntry, type CollectionEntry } from 'astro:content';
import type { AnyDeclaration } from '../calculators/model.ts';
import { CALCULATORS, calculatorById } from '../calculators/registry.ts';
import { findUsages } from '../calculators/usage.ts';
import type { Lang } from '../i18n/lang.ts';
import { articlesIn, type Article } from './articles.ts';

/** A calculator with its page text in one language and the articles that place it. */
export interface Tool {
  declaration: AnyDeclaration;
  lang: Lang;
  entry: CollectionEntry<'tools'>;
  articles: Article[];
}

/** Every calculator's tool page data in `lang`; a missing explanation file fails the build. */
async function toolsIn(lang: Lang): Promise<Tool[]> {
  const articles = await articlesIn(lang);
  // Each article's body parsed once, not once per calculator: at 1,000 articles that was 6,000
  // parses for each of the four routes that list tools.
  const placed = new Map(
    articles.map((a) => [
      a,
      new Set(findUsages(a.entry.body ?? '', calculatorById).map((u) => u.id)),
    ]),
  );
  return Promise.all(
    CALCULATORS.map(async (declaration) => {
      const entry = await getEntry('tools', `${lang}/${declaration.id}`);
      if (!entry) throw new Error(`content/tools/${lang}/${declaration.id}.mdx is missing`);
      return {
        declaration,
        lang,
        entry,
        articles: articles.filter((a) => placed.get(a)!.has(declaration.id)),
      };
    }),
  );
}

/** `getStaticPaths` of tool pages: one per calculator, named by its slug in `lang`. */
export async function toolPaths(lang: Lang) {
  return (await toolsIn(lang)).map((tool) => ({
    params: { slug: tool.declaration.slug[lang] },
    props: { tool },
  }));
}

/** `getStaticPaths` of embed pages: one per calculator, named by its English slug. */
export function embedPaths() {
  return CALCULATORS.map((declaration) => ({
    params: { slug: declaration.slug.en },
    props: { declaration },
  }));
}
