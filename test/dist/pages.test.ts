import { existsSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { citations, parseMdx } from '../../src/articles/mdx.ts';
import { langOfPath } from '../../src/i18n/routes.ts';
import { SITE } from '../../src/site.ts';
import {
  articlePages,
  builtPages,
  CLIENT,
  filesUnder,
  isNoindex,
  type BuiltPage,
} from '../support/dist.ts';

let pages: BuiltPage[];
/** Pages in the site itself; embeds are calculators alone for other sites' iframes. */
let sitePages: BuiltPage[];
const byPath = new Map<string, BuiltPage>();
const isEmbed = (p: BuiltPage) => /^(\/en)?\/embed\//.test(p.path);

beforeAll(() => {
  pages = builtPages();
  sitePages = pages.filter((p) => !isEmbed(p));
  for (const p of pages) byPath.set(p.path, p);
});

const local = (href: string) => new URL(href).pathname;

describe('every built page', () => {
  it('exists in both languages, home, lists, tags, articles and about', () => {
    for (const path of [
      '/',
      '/en/',
      '/articles/',
      '/en/articles/',
      '/etiquettes/',
      '/en/tags/',
      '/a-propos/',
      '/en/about/',
    ]) {
      expect(byPath.has(path), path).toBe(true);
    }
    expect(articlePages(pages).length).toBeGreaterThanOrEqual(4);
  });

  it('declares the language of its URL', () => {
    for (const p of pages)
      expect(p.doc.querySelector('html')?.getAttribute('lang'), p.path).toBe(langOfPath(p.path));
  });

  it('has one canonical link, to itself on the public site, unless it is kept out of search engines', () => {
    for (const p of sitePages.filter((page) => isNoindex(page))) {
      expect(p.doc.querySelectorAll('link[rel="canonical"]').length, p.path).toBe(0);
    }
    for (const p of sitePages.filter((page) => !isNoindex(page))) {
      const canonical = p.doc.querySelectorAll('link[rel="canonical"]');
      expect(canonical.length, p.path).toBe(1);
      expect(canonical[0]?.getAttribute('href'), p.path).toBe(new URL(p.path, SITE.url).href);
    }
  });

  it('has hreflang alternates that include itself, exist, and point back', () => {
    // The static hosts' 404 pages are shown at missing addresses, never at an address of their own.
    for (const p of sitePages.filter((page) => !/^(\/en)?\/404\.html$/.test(page.path))) {
      const alternates = p.doc
        .querySelectorAll('link[rel="alternate"][hreflang]')
        .filter((l) => l.getAttribute('hreflang') !== 'x-default')
        .map((l) => ({ lang: l.getAttribute('hreflang')!, path: local(l.getAttribute('href')!) }));
      expect(alternates, p.path).toContainEqual({ lang: langOfPath(p.path), path: p.path });
      for (const alt of alternates) {
        const target = byPath.get(alt.path);
        expect(target, `${p.path} → ${alt.path}`).toBeDefined();
        const back = target!.doc
          .querySelectorAll('link[rel="alternate"][hreflang]')
          .map((l) => local(l.getAttribute('href')!));
        expect(back, `${alt.path} should point back to ${p.path}`).toContain(p.path);
      }
    }
  });

  it('has a title, a description and a social image that exists', () => {
    for (const p of pages) {
      expect(p.doc.querySelector('title')?.text.trim(), p.path).toBeTruthy();
      expect(
        p.doc.querySelector('meta[name="description"]')?.getAttribute('content'),
        p.path,
      ).toBeTruthy();
      const image = p.doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, p.path).toBeTruthy();
      expect(existsSync(CLIENT + local(image!)), `${p.path}: ${image}`).toBe(true);
    }
  });

  it('draws each social image as a 1200×630 PNG, the size link previews expect', () => {
    const images = new Set(
      pages.map((p) => p.doc.querySelector('meta[property="og:image"]')!.getAttribute('content')!),
    );
    for (const image of images) {
      const png = readFileSync(CLIENT + local(image));
      expect(png.subarray(0, 8).toString('hex'), image).toBe('89504e470d0a1a0a');
      // The IHDR chunk comes first: its width and height, big-endian.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
    }
  });

  it('links to the other language', () => {
    for (const p of sitePages) {
      const other = langOfPath(p.path) === 'fr' ? 'en' : 'fr';
      const link = p.doc.querySelector(`header a[hreflang="${other}"]`);
      expect(link, p.path).not.toBeNull();
      expect(
        byPath.has(link!.getAttribute('href')!),
        `${p.path} → ${link!.getAttribute('href')}`,
      ).toBe(true);
    }
  });
});

describe('embed pages', () => {
  it('exist for every tool in both languages, alone and out of search engines', () => {
    const embeds = pages.filter(isEmbed);
    expect(embeds).toHaveLength(14);
    for (const p of embeds) {
      expect(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content'), p.path).toBe(
        'noindex',
      );
      expect(p.doc.querySelector('.site-header, .site-footer'), p.path).toBeNull();
      expect(p.doc.querySelector(':is(.calc, .chain-tool) output[name]'), p.path).not.toBeNull();
    }
  });
});

describe('article pages', () => {
  it('carry BlogPosting JSON-LD matching the page', () => {
    for (const p of articlePages(pages)) {
      const scripts = p.doc.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length, p.path).toBe(1);
      const data = JSON.parse(scripts[0]!.text);
      expect(data['@type'], p.path).toBe('BlogPosting');
      expect(data.url, p.path).toBe(new URL(p.path, SITE.url).href);
      expect(data.inLanguage.slice(0, 2), p.path).toBe(langOfPath(p.path));
      expect(Number.isNaN(Date.parse(data.datePublished)), p.path).toBe(false);
      expect(data.headline.replace(/\s/g, ''), p.path).toBe(
        p.doc.querySelector('h1')!.text.replace(/\s/g, ''),
      );
    }
  });

  it('state their publication and update dates in words', () => {
    for (const p of articlePages(pages)) {
      const meta = p.doc.querySelector('.article-header .meta')!.text.replace(/\s+/g, ' ');
      expect(meta, p.path).toMatch(/(Publié le|Published) \d{1,2}(er)? \p{L}+ \d{4}/u);
      if (p.doc.querySelector('meta[property="article:modified_time"]')) {
        expect(meta, p.path).toMatch(/, (mis à jour le|updated) \d{1,2}(er)? \p{L}+ \d{4}/u);
      }
      expect(meta, p.path).toMatch(/\d+ min/);
    }
  });

  it('have Open Graph and Twitter meta', () => {
    for (const p of articlePages(pages)) {
      for (const name of [
        'og:title',
        'og:description',
        'og:url',
        'og:type',
        'article:published_time',
      ]) {
        expect(p.doc.querySelector(`meta[property="${name}"]`), `${p.path} ${name}`).not.toBeNull();
      }
      expect(p.doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe(
        'article',
      );
      expect(p.doc.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe(
        'summary_large_image',
      );
    }
  });

  it('load no external JavaScript', () => {
    for (const p of articlePages(pages)) {
      expect(p.doc.querySelectorAll('script[src]').length, p.path).toBe(0);
      expect(p.doc.querySelectorAll('link[rel="modulepreload"]').length, p.path).toBe(0);
    }
  });

  it('show French typography in French prose', () => {
    for (const p of articlePages(pages).filter((a) => langOfPath(a.path) === 'fr')) {
      const prose = p.doc.querySelector('.prose')!.text;
      expect(prose, p.path).not.toMatch(/ [;:!?»]|« /);
      expect(prose, p.path).not.toMatch(/\p{L}'\p{L}/u);
    }
  });

  it('list their sources, and every citation links to one of them', () => {
    for (const p of articlePages(pages)) {
      const cites = p.doc.querySelectorAll('.cite a').map((a) => a.getAttribute('href')!.slice(1));
      const listed = new Set(p.doc.querySelectorAll('.sources li[id]').map((li) => li.id));
      expect(cites.length, p.path).toBeGreaterThan(0);
      for (const id of cites) expect(listed.has(id), `${p.path} #${id}`).toBe(true);
    }
  });
});

describe('home and list pages', () => {
  it('link every published article of their language, across the list pages', () => {
    for (const lang of ['fr', 'en'] as const) {
      const first = lang === 'fr' ? '/articles/' : '/en/articles/';
      const lists = pages.filter((p) => p.path === first || p.path.startsWith(`${first}page/`));
      expect(lists.length).toBeGreaterThanOrEqual(2);
      const linked = new Set(
        lists.flatMap((list) =>
          list.doc.querySelectorAll('.card a').map((a) => a.getAttribute('href')),
        ),
      );
      for (const a of articlePages(pages).filter((x) => langOfPath(x.path) === lang)) {
        expect(linked.has(a.path), a.path).toBe(true);
      }
    }
  });

  it('carry WebSite JSON-LD on the home pages', () => {
    for (const path of ['/', '/en/']) {
      const ld = JSON.parse(
        byPath.get(path)!.doc.querySelector('script[type="application/ld+json"]')!.text,
      );
      expect(ld['@type']).toBe('WebSite');
    }
  });
});

describe('unverified figures', () => {
  it('always carry their visible mark where an article cites them, from the citation or the record', () => {
    const record = (id: string) =>
      (load(readFileSync(`content/sources/${id}.yml`, 'utf8')) as { verified: string }).verified;
    let checked = 0;
    for (const file of filesUnder('content/articles').filter((f) => f.endsWith('.mdx'))) {
      const [, lang, slug] = /content\/articles\/(fr|en)\/(.+)\.mdx$/.exec(file) ?? [];
      const page = byPath.get(`${lang === 'en' ? '/en' : ''}/articles/${slug}/`);
      if (!page) continue;
      const cited = citations(parseMdx(readFileSync(file, 'utf8'))).filter(
        (c) => (c.verified ?? record(c.id)) === 'untraced',
      ).length;
      const marked = page.doc.querySelectorAll('.prose .cite .evidence--untraced').length;
      expect(marked, file).toBe(cited);
      checked += cited;
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe('the 404 pages for static hosts', () => {
  it('are built at 404.html (French, with a way on for English readers) and en/404.html', () => {
    for (const [path, lang, other, search] of [
      ['/404.html', 'fr', 'en', '/en/search/'],
      ['/en/404.html', 'en', 'fr', '/recherche/'],
    ] as const) {
      const page = byPath.get(path);
      expect(page, path).toBeDefined();
      expect(page!.doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
      expect(isNoindex(page!)).toBe(true);
      const aside = page!.doc.querySelector(`section[lang="${other}"]`);
      expect(aside?.querySelector('form[role="search"]')?.getAttribute('action'), path).toBe(
        search,
      );
      expect(
        aside?.querySelector(`a[href="/${other === 'en' ? 'en/' : ''}"]`),
        path,
      ).not.toBeNull();
    }
    expect(existsSync(`${CLIENT}/static-404`)).toBe(false);
  });
});
