/**
 * The figure check: every figure stated in an article's prose must carry its evidence in the
 * same sentence (a `<Cite>` or a `<Value>`), or be marked as the site's own arithmetic or
 * example (`<Ours>`, `<Example>`). This module works on the MDX syntax tree (mdast with MDX
 * nodes), never on raw text, so code, attributes and frontmatter are not mistaken for prose.
 *
 * What counts as a figure (digits, or a number word in "trois fois plus"/"three times as"): percentages and
 * percentage points, multipliers, money, correlations, salary-months, and counts of people,
 * units, studies or surveys. Headings are not checked: they announce what the text below
 * states with its citation.
 */
import type { Nodes, Parent, Root, RootContent } from 'mdast';

/** One figure stated without evidence in its sentence. */
export interface Finding {
  /** 1-based line in the MDX file. */
  line: number;
  /** The figure as written. */
  figure: string;
  /** The sentence it stands in, whitespace collapsed. */
  sentence: string;
}

/** Components whose presence in a sentence backs its figures. */
const EVIDENCE = new Set(['Cite', 'Value']);
/** Components whose content is the site's own, so its figures need no citation. */
const OURS = new Set(['Ours', 'Example']);
/** Block components that hold no prose (a calculator renders from its declaration). */
const SKIP_BLOCKS = new Set(['Calculator']);

const NUM = String.raw`\d(?:[\d\u00a0\u202f ]*\d)?(?:[.,]\d+)?`;
const RANGE = String.raw`${NUM}(?:\s?(?:[–-]|à|to|and|et)\s?${NUM})?`;
const WORDS = String.raw`deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten`;
const COUNTED = [
  'employés?',
  'salariés?',
  'travailleurs?',
  'personnes?',
  'répondants?',
  'participants?',
  'clients?',
  'agences?',
  'magasins?',
  'succursales?',
  'unités?',
  'équipes?',
  'entreprises?',
  'sociétés?',
  'organisations?',
  'hôtels?',
  'études?',
  'enquêtes?',
  'questionnaires?',
  'centres?',
  'services?',
  'rayons?',
  'départements?',
  'managers?',
  'cadres?',
  'infirmières?',
  'pays',
  'employees?',
  'workers?',
  'people',
  'respondents?',
  'customers?',
  'branch(?:es)?',
  'stores?',
  'units?',
  'teams?',
  'companies',
  'company',
  'firms?',
  'organi[sz]ations?',
  'hotels?',
  'stud(?:y|ies)',
  'surveys?',
  'departments?',
  'countries',
  'nurses?',
].join('|');

/** The figure patterns, each matched on a sentence's own text. */
const FIGURE = new RegExp(
  [
    // 85 %, 25 à 85 %, 0,5 point, 10 pp, 85 per cent
    String.raw`[+−-]?${RANGE}\s?(?:%|pour\s?cent|per\s?cent|percent|points?\b|pp\b)`,
    // 2,6 fois, 6×, 3 to 1
    String.raw`${NUM}\s?(?:×|x\b|fois\b|times\b)`,
    String.raw`\b(?:${WORDS})\s+(?:fois\s+(?:plus|moins)|times\s+(?:more|less|higher|lower|as))\b`,
    String.raw`\btwice\s+as\b`,
    // money, before or after the amount
    String.raw`[€$£]\s?${NUM}(?:\s?(?:bn|billion|million|m|k)\b)?`,
    String.raw`${RANGE}\s?(?:k€|M€|Md€|€|\$|£|euros?\b|dollars?\b|(?:millions?|milliards?|billions?)\s(?:d['’]euros|de dollars|of dollars|dollars|euros))`,
    // correlations
    String.raw`\br\s?=\s?[−-]?0?[.,]\d+`,
    String.raw`(?:corrélations?|correlations?|corrélée?s?|correlated)\D{0,40}?[−-]?0?[.,]\d+`,
    // months of salary
    String.raw`${RANGE}\s?(?:mois|months)\s(?:de\s|d['’]|of\s)(?:salaire|salary|pay)`,
    // counts of people, units, studies, surveys
    String.raw`${NUM}\s(?:[a-zà-ÿ'’-]+\s)?(?:${COUNTED})\b`,
  ].join('|'),
  'giu',
);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'al',
  'p',
  'pp',
  'n',
  'no',
  'vol',
  'éd',
  'ed',
  'eds',
  'chap',
  'fig',
  'cf',
  'etc',
  'env',
  'vs',
  'e.g',
  'i.e',
  'M',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'St',
]);

/** A character of a block's flattened text, with where it came from. */
interface Char {
  ch: string;
  line: number;
  /** Inside `<Ours>` or `<Example>`. */
  ours: boolean;
}

const CITE_MARK = '\u0000';

/** Flattens a block's phrasing content: text with its lines, and a mark where evidence stands. */
function flatten(node: Nodes, out: Char[], ours: boolean): void {
  switch (node.type) {
    case 'text': {
      let line = node.position?.start.line ?? 0;
      for (const ch of node.value) {
        out.push({ ch: ch === '\n' ? ' ' : ch, line, ours });
        if (ch === '\n') line++;
      }
      return;
    }
    case 'break':
      out.push({ ch: ' ', line: node.position?.start.line ?? 0, ours });
      return;
    case 'inlineCode':
    case 'mdxTextExpression':
    case 'mdxFlowExpression':
    case 'html':
    case 'image':
      return;
    case 'mdxJsxTextElement':
    case 'mdxJsxFlowElement': {
      const name = node.name ?? '';
      if (EVIDENCE.has(name)) {
        out.push({ ch: CITE_MARK, line: node.position?.start.line ?? 0, ours });
        return;
      }
      for (const child of node.children) flatten(child, out, ours || OURS.has(name));
      return;
    }
    default:
      if ('children' in node) for (const child of node.children) flatten(child, out, ours);
  }
}

/** Splits flattened text into sentences (ranges), not at abbreviations or decimals. */
function sentences(chars: Char[]): Array<[number, number]> {
  const text = chars.map((c) => c.ch).join('');
  const ends: number[] = [];
  const boundary = /[.!?…][»”’")\]]*(?:\s*\u0000)*\s+(?=[«“"(\[]?\s?[\p{Lu}\d])/gu;
  for (const m of text.matchAll(boundary)) {
    const before = text.slice(0, m.index).match(/([\p{L}.]+)$/u)?.[1] ?? '';
    if (text[m.index] === '.' && ABBREVIATIONS.has(before)) continue;
    ends.push(m.index + m[0].length);
  }
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/** The uncited figures of one block of phrasing content (a paragraph, a table row). */
function checkBlock(chars: Char[]): Finding[] {
  const findings: Finding[] = [];
  for (const [start, end] of sentences(chars)) {
    const part = chars.slice(start, end);
    const text = part.map((c) => c.ch).join('');
    if (text.includes(CITE_MARK)) continue;
    for (const m of text.matchAll(FIGURE)) {
      const at = part.slice(m.index, m.index + m[0].length);
      if (at.some((c) => c.ours)) continue;
      findings.push({
        line: at[0]?.line ?? 0,
        figure: m[0].trim().replace(/\s+/g, ' '),
        sentence: text.replace(/\s+/g, ' ').trim(),
      });
    }
  }
  return findings;
}

/** Walks block content, checking each paragraph and table row once. */
function walk(node: Root | RootContent, ours: boolean, out: Finding[]): void {
  switch (node.type) {
    case 'heading':
    case 'code':
    case 'yaml':
    case 'html':
      return;
    case 'paragraph': {
      const chars: Char[] = [];
      flatten(node, chars, ours);
      out.push(...checkBlock(chars));
      return;
    }
    case 'tableRow': {
      const chars: Char[] = [];
      for (const cell of node.children) {
        flatten(cell, chars, ours);
        chars.push({ ch: ' ', line: 0, ours });
      }
      // A row is one record: evidence in any cell backs the row.
      if (chars.some((c) => c.ch === CITE_MARK)) return;
      out.push(...checkBlock(chars.map((c) => (c.ch === '.' ? { ...c, ch: ',' } : c))));
      return;
    }
    case 'mdxJsxFlowElement':
      if (SKIP_BLOCKS.has(node.name ?? '')) return;
      for (const child of node.children) walk(child, ours || OURS.has(node.name ?? ''), out);
      return;
    default:
      if ('children' in node) for (const child of (node as Parent).children) walk(child, ours, out);
  }
}

/**
 * Every figure in the prose of an MDX tree that has neither evidence in its sentence nor the
 * site's own mark.
 * Example: the tree of `"Profits rose 85 %. Margins rose 10 % <Cite id="x" />."` → one finding,
 * `{ figure: '85 %', line: 1 }`.
 */
export function uncitedFigures(tree: Root): Finding[] {
  const out: Finding[] = [];
  walk(tree, false, out);
  return out;
}
