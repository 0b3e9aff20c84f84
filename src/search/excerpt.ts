/** A run of excerpt text, marked when it is a match for the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes the few character references Pagefind writes (`&amp;`, `&#39;`, `&#x27;`…). */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Punctuation Pagefind keeps on a matched word, moved out of the highlight: `équipes.` → `équipes`. */
const EDGE =
  /^([\s"'«»“”‘’()[\].,;:!?…\u00a0\u202f-]*)(.*?)([\s"'«»“”‘’()[\].,;:!?…\u00a0\u202f-]*)$/su;

/**
 * Splits a Pagefind excerpt, plain text with `<mark>` around each match, into plain and marked
 * runs with character references decoded, so the interface renders text nodes and never parses
 * indexed content as HTML. Punctuation at the edges of a match is left unmarked; adjacent runs
 * of the same kind are merged; empty runs are dropped.
 */
export function excerptSegments(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  const push = (text: string, mark: boolean) => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.mark === mark) last.text += text;
    else segments.push({ text, mark });
  };
  let mark = false;
  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else if (!mark) push(decode(part), false);
    else {
      const [, before = '', word = '', after = ''] = EDGE.exec(decode(part)) ?? [];
      push(before, false);
      push(word, true);
      push(after, false);
    }
  }
  return segments;
}
