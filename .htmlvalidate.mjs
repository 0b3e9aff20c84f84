// @ts-check
/**
 * html-validate on the built pages (`npm test`: test/dist/html.test.ts; by hand:
 * `npx html-validate dist/client`). The recommended preset, with each departure and its reason.
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // WebKit drops a list's semantics when its markers are styled away; role="list" restores them.
    'no-redundant-role': ['error', { exclude: ['list'] }],
    // Preact's server render writes `<input/>`, Astro's `<input>`: both are valid HTML, and the
    // rule is about consistency of style only.
    'void-style': 'off',
    // Heading anchors keep the figure a heading starts with ("2-6-times-more…"): HTML allows any
    // id without spaces; only CSS selectors would need escaping, and none target these.
    'valid-id': ['error', { relaxed: true }],
    // A page's title is its article's headline and the site's name: search engines shorten a
    // long one in their results, which is a display choice, not an error in the page.
    'long-title': 'off',
  },
};
