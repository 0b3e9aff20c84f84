/**
 * The evidence check behind `npm run check`: given the content's MDX files and source records,
 * every problem a reader could catch, each as one line naming the file, the line and what to do.
 * Errors: a figure with no evidence in its sentence, a `<Cite>` of an unknown source, a
 * citation claiming a stronger verification than its source record allows, a second-hand
 * citation that does not say where it was seen. Warnings: sources nothing cites.
 */
import { allowedCheck, CHECKS, type Check } from './evidence.ts';
import { uncitedFigures } from './figures.ts';
import { citations, parseMdx } from './mdx.ts';

/** What the check needs of a source record. */
export interface SourceRecord {
  verified: Check;
  via?: unknown;
}

/** The outcome: errors fail the check, warnings are printed. */
export interface Report {
  errors: string[];
  warnings: string[];
}

/**
 * Checks MDX files (path and text) against the source records; `alsoCited` are the ids cited
 * outside MDX (calculator declarations, glossary), which count for the unused-source warning.
 * Example: a file `a.mdx` holding `Profits rose 85 %.` → one error starting `a.mdx:1: 85 %`.
 */
export function checkEvidence(
  files: Array<{ path: string; text: string }>,
  sources: ReadonlyMap<string, SourceRecord>,
  alsoCited: Iterable<string> = [],
): Report {
  const errors: string[] = [];
  const cited = new Set(alsoCited);
  for (const { path, text } of files) {
    const tree = parseMdx(text);
    for (const f of uncitedFigures(tree)) {
      errors.push(
        `${path}:${f.line}: "${f.figure}" has no <Cite> or <Value> in its sentence: cite its source in that sentence, or mark the site's own arithmetic with <Ours how="…">…</Ours> (a made-up example: <Example> or <Ours example>). Sentence: "${f.sentence.slice(0, 160)}"`,
      );
    }
    for (const c of citations(tree)) {
      cited.add(c.id);
      const record = sources.get(c.id);
      const at = `${path}:${c.line}: <Cite id="${c.id}">`;
      if (!record) {
        errors.push(
          `${at}: no source "${c.id}" in content/sources/: add its record, or fix the id`,
        );
        continue;
      }
      if (c.verified === undefined) {
        if (record.verified === 'secondary' && !record.via)
          errors.push(`${at}: second-hand, but content/sources/${c.id}.yml has no via`);
        continue;
      }
      if (!(CHECKS as readonly string[]).includes(c.verified)) {
        errors.push(`${at}: verified="${c.verified}" is not one of ${CHECKS.join(', ')}`);
        continue;
      }
      const check = c.verified as Check;
      if (!allowedCheck(record.verified, check))
        errors.push(
          `${at}: verified="${check}" claims more than content/sources/${c.id}.yml (verified: ${record.verified}); say less, or update the record with what you saw`,
        );
      else if (check === 'secondary' && !c.via && !record.via)
        errors.push(`${at}: verified="secondary" needs via="…" naming where the figure was seen`);
    }
  }
  const warnings = [...sources.keys()]
    .filter((id) => !cited.has(id))
    .map(
      (id) =>
        `content/sources/${id}.yml: no article, tool, page, calculator or glossary entry cites it: cite it, or delete the record`,
    );
  return { errors, warnings };
}
