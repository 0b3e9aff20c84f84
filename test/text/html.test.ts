import { describe, expect, it } from 'vitest';
import { absoluteLinks } from '../../src/text/html.ts';

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
