import type { Element, Parents, Text } from 'hast';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import { fileURLToPath } from 'node:url';
import { isLang, type Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import { slugify } from '../text/slug.ts';
import { typeset } from '../text/typography.ts';

const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

/** The language of a content file, from its `fr/` or `en/` folder; undefined elsewhere. */
export function langOfFile(path: string): Lang | undefined {
  const folder = path.split(/[\\/]/).at(-2);
  return isLang(folder) ? folder : undefined;
}

/**
 * A Sätteri hast plugin for articles and pages: French typography on every prose text node
 * (never inside code), and on every `h2`–`h4` an ASCII id plus a "link to this section" anchor
 * labelled in the page's language. Runs before Astro's own heading-id plugin, which keeps our ids.
 */
export function prose(context: PluginFactoryContext): HastPluginDefinition | null {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
  const lang = langOfFile(path);
  if (!lang) return null;
  const t = ui(lang);
  const used = new Set<string>();
  return {
    name: 'le-lien-prose',
    text(node: Readonly<Text>, ctx) {
      let parent: Readonly<Parents> | undefined = ctx.parent(node);
      for (; parent; parent = ctx.parent(parent)) {
        if (parent.type === 'element' && VERBATIM.has(parent.tagName)) return undefined;
      }
      const value = typeset(node.value, lang);
      return value === node.value ? undefined : { type: 'text', value };
    },
    element: {
      filter: ['h2', 'h3', 'h4'],
      visit(node: Readonly<Element>, ctx) {
        const title = ctx.textContent(node).trim();
        const base =
          typeof node.properties?.id === 'string'
            ? node.properties.id
            : slugify(title) || 'section';
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        ctx.setProperty(node, 'id', id);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading'] },
          children: [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                className: ['heading-anchor'],
                dataPagefindIgnore: '',
                href: `#${id}`,
                ariaLabel: t('article.anchor', { title: typeset(title, lang) }),
              },
              children: [{ type: 'text', value: '#' }],
            },
          ],
        });
      },
    },
  };
}
