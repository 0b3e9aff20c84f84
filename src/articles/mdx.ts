/**
 * Reading MDX as a syntax tree (mdast with MDX nodes), the way Astro's MDX reads it, so that
 * components and their props are found by structure, never by regular expressions over text:
 * code, frontmatter and prose that merely mention `<Cite>` are not mistaken for components.
 */
import type { Parent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkMdx);

/**
 * The syntax tree of an MDX file, as Astro's MDX reads it (frontmatter, GitHub tables, JSX).
 * Example: `parseMdx('Hi <Cite id="a" />').children[0].type` → `'paragraph'`.
 */
export function parseMdx(text: string): Root {
  return parser.parse(text);
}

/** A prop as written: a quoted string, or the source text of a `{…}` expression. */
export type Prop = string | { expression: string };

/** A component placed in an MDX file: its props as written and its line. */
export interface Element {
  name: string;
  props: Record<string, Prop>;
  line: number;
}

/**
 * Every `<name …>` component in a tree, in document order, with its props as written (a bare
 * prop such as `<X open />` reads as the empty string; spread props are skipped).
 * Example: the tree of `<Calculator id="x" revenue={2_000} />` →
 * `[{ name: 'Calculator', props: { id: 'x', revenue: { expression: '2_000' } }, line: 1 }]`.
 */
export function elements(tree: Root, name: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Root | RootContent): void => {
    if (
      (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') &&
      node.name === name
    )
      out.push(element(node));
    if ('children' in node) for (const child of (node as Parent).children) visit(child);
  };
  visit(tree);
  return out;
}

function element(
  node: Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>,
): Element {
  const props: Record<string, Prop> = {};
  for (const a of node.attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    if (a.value === null || a.value === undefined) props[a.name] = '';
    else props[a.name] = typeof a.value === 'string' ? a.value : { expression: a.value.value };
  }
  return { name: node.name ?? '', props, line: node.position?.start.line ?? 0 };
}

/** A `<Cite>` as written in a file: its attributes and line. */
export interface Citation {
  id: string;
  verified?: string | undefined;
  via?: string | undefined;
  line: number;
}

/**
 * Every `<Cite>` in an MDX tree, with its literal attributes (an expression attribute reads as
 * undefined and is reported by the build itself).
 * Example: the tree of `<Cite id="a" verified="secondary" />` → `[{ id: 'a', verified: 'secondary', line: 1 }]`.
 */
export function citations(tree: Root): Citation[] {
  const literal = (p: Prop | undefined) => (typeof p === 'string' ? p : undefined);
  return elements(tree, 'Cite').map(({ props, line }) => ({
    id: literal(props.id) ?? '',
    verified: literal(props.verified),
    via: literal(props.via),
    line,
  }));
}

/** The bodies a process has read: at most this many are remembered (the site has far fewer). */
const REMEMBERED = 5000;
const bodies = new Map<string, { cites: Citation[]; calculators: Element[] }>();

/**
 * The `<Cite>` and `<Calculator>` components of an MDX body, parsed once per process however
 * many pages ask: a build reads each article's from its page, its feed entries, its search
 * record, the sources page and the tool pages. At 1,000 articles the repeated parses took 29 s
 * of the build. The trees are not kept, only what was found in them.
 */
export function componentsIn(body: string): {
  readonly cites: readonly Citation[];
  readonly calculators: readonly Element[];
} {
  let found = bodies.get(body);
  if (!found) {
    const tree = parseMdx(body);
    found = { cites: citations(tree), calculators: elements(tree, 'Calculator') };
    if (bodies.size >= REMEMBERED) bodies.delete(bodies.keys().next().value!);
    bodies.set(body, found);
  }
  return found;
}

/**
 * The source ids an MDX body cites, in order of first citation, so a bibliography lists sources
 * in the order the reader meets them.
 * Example: `citedIds('<Cite id="b" /> <Cite id="a" /> <Cite id="b" />')` → `['b', 'a']`.
 */
export function citedIds(body: string): string[] {
  return [...new Set(componentsIn(body).cites.map((c) => c.id))];
}
