import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { langOfPath } from '../../src/i18n/routes.ts';
import { articlePages, builtPages, CLIENT, isNoindex } from '../support/dist.ts';

const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name),
});
const read = (path: string) => xml.parse(readFileSync(`${CLIENT}${path}`, 'utf8'));
const pathOf = (href: string) => new URL(href).pathname;
const pages = builtPages();
const articles = articlePages(pages);

describe('RSS feeds', () => {
  it.each([
    ['fr', '/rss.xml'],
    ['en', '/en/rss.xml'],
  ] as const)(
    '%s feed lists every published article of its language with its full text',
    (lang, feed) => {
      const channel = read(feed).rss.channel;
      expect(channel.language).toMatch(new RegExp(`^${lang}`));
      const items: { link: string; title: string; 'content:encoded': string; pubDate: string }[] =
        channel.item;
      const expected = articles
        .filter((a) => langOfPath(a.path) === lang)
        .map((a) => a.path)
        .sort();
      expect(items.map((i) => pathOf(i.link)).sort()).toEqual(expected);
      for (const item of items) {
        const page = articles.find((a) => a.path === pathOf(item.link))!;
        const firstParagraph = page.doc.querySelector('.prose p')!.text.trim().slice(0, 40);
        expect(item['content:encoded'], item.link).toContain(firstParagraph.split(/\s/)[0]);
        expect(item['content:encoded'].length, item.link).toBeGreaterThan(3000);
        expect(item['content:encoded'], item.link).not.toMatch(/(href|src)="\/(?!\/)/);
        expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      }
    },
  );
});

describe('sitemap', () => {
  it('lists every page of the site (embeds and search aside) and nothing that is not built', () => {
    const index = read('/sitemap-index.xml').sitemapindex.sitemap.map((s: { loc: string }) =>
      pathOf(s.loc),
    );
    const listed = index.flatMap((s: string) =>
      read(s).urlset.url.map((u: { loc: string }) => pathOf(u.loc)),
    );
    const site = pages.filter((p) => !isNoindex(p)).map((p) => p.path);
    expect(listed.sort()).toEqual(site.sort());
  });

  it('is announced in robots.txt', () => {
    expect(readFileSync(`${CLIENT}/robots.txt`, 'utf8')).toMatch(
      /^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m,
    );
  });
});
