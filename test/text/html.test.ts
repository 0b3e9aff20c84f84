import { describe, expect, it } from 'vitest';
import { absoluteLinks, stylesToHead } from '../../src/text/html.ts';

const page = 'https://lelien.example/articles/x/';

describe('absoluteLinks', () => {
  it('resolves fragments, root paths and relative paths against the page', () => {
    expect(absoluteLinks('<a href="#sources">s</a>', page)).toBe(`<a href="${page}#sources">s</a>`);
    expect(absoluteLinks("<img src='/_astro/a.png'>", page)).toBe(
      "<img src='https://lelien.example/_astro/a.png'>",
    );
    expect(absoluteLinks('<a href="../y/">y</a>', page)).toBe(
      '<a href="https://lelien.example/articles/y/">y</a>',
    );
  });

  it('leaves absolute and protocol-relative URLs and other attributes alone', () => {
    const html =
      '<a href="https://doi.org/10.1/x" data-href="/no">d</a><a href="mailto:a@b.c">m</a><img src="//cdn/x.png">';
    expect(absoluteLinks(html, page)).toBe(html);
  });
});

describe('stylesToHead', () => {
  const island = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';
  const calc = '<style>.calc{color:red}</style>';

  it('moves the styles written in the body to the end of the head, in order', () => {
    const html = `<html><head><title>t</title></head><body><header>${island}<astro-island></astro-island></header><p>x</p>${calc}<section></section></body></html>`;
    expect(stylesToHead(html)).toBe(
      `<html><head><title>t</title>${island}${calc}</head><body><header><astro-island></astro-island></header><p>x</p><section></section></body></html>`,
    );
    expect(stylesToHead(html)).toHaveLength(html.length);
  });

  it('keeps one copy of a style written twice (two calculators in one article)', () => {
    const html = `<html><head>${island}</head><body>${calc}<p>a</p>${calc}${island}</body></html>`;
    expect(stylesToHead(html)).toBe(
      `<html><head>${island}${calc}</head><body><p>a</p></body></html>`,
    );
  });

  it('leaves pages without styles in the body, or without a head, as they are', () => {
    const plain = `<html><head>${calc}</head><body><p>x</p></body></html>`;
    expect(stylesToHead(plain)).toBe(plain);
    expect(stylesToHead(stylesToHead(plain))).toBe(plain);
    const fragment = `<p>x</p>${calc}`;
    expect(stylesToHead(fragment)).toBe(fragment);
  });
});
