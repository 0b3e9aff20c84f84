import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/i18n/lang.ts';
import { langOfPath, paths } from '../../src/i18n/routes.ts';

describe('paths', () => {
  it('follows the URL map', () => {
    expect(paths.home('fr')).toBe('/');
    expect(paths.home('en')).toBe('/en/');
    expect(paths.articles('fr', 2)).toBe('/articles/page/2/');
    expect(paths.article('en', 'x')).toBe('/en/articles/x/');
    expect(paths.tag('fr', 'leadership')).toBe('/etiquettes/leadership/');
    expect(paths.tag('en', 'leadership')).toBe('/en/tags/leadership/');
    expect(paths.about('fr')).toBe('/a-propos/');
    expect(paths.about('en')).toBe('/en/about/');
    expect(paths.rss('en')).toBe('/en/rss.xml');
    expect(paths.search('fr')).toBe('/recherche/');
    expect(paths.search('en')).toBe('/en/search/');
  });

  it('puts every page in the language it was built for', () => {
    for (const lang of LANGS) {
      for (const path of [
        paths.home(lang),
        paths.articles(lang),
        paths.article(lang, 'a'),
        paths.tags(lang),
        paths.about(lang),
      ]) {
        expect(langOfPath(path), path).toBe(lang);
      }
    }
    expect(langOfPath('/english-breakfast/')).toBe('fr');
  });
});
