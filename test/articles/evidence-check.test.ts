import { describe, expect, it } from 'vitest';
import { allowedCheck, CHECKS } from '../../src/articles/evidence.ts';
import { checkEvidence, type SourceRecord } from '../../src/articles/evidence-check.ts';

const sources = new Map<string, SourceRecord>([
  ['seen', { verified: 'primary' }],
  ['relayed', { verified: 'secondary', via: { fr: 'un résumé', en: 'a summary' } }],
  ['lost', { verified: 'untraced' }],
  ['unused', { verified: 'primary' }],
]);
const check = (text: string) => checkEvidence([{ path: 'a.mdx', text }], sources, ['unused']);

describe('allowedCheck', () => {
  it('lets a citation say less than its record, never more', () => {
    for (const ceiling of CHECKS)
      for (const claim of CHECKS)
        expect(allowedCheck(ceiling, claim)).toBe(CHECKS.indexOf(claim) >= CHECKS.indexOf(ceiling));
  });
});

describe('checkEvidence', () => {
  it('names the file, line, figure and the fix for an uncited figure', () => {
    const { errors } = check('Les profits ont bondi de 85 %.');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^a\.mdx:1: "85 %" has no <Cite> or <Value> in its sentence: .*<Ours how=/,
    );
  });

  it('refuses an unknown source', () => {
    expect(check('Un fait <Cite id="nope" />.').errors).toEqual([
      'a.mdx:1: <Cite id="nope">: no source "nope" in content/sources/: add its record, or fix the id',
    ]);
  });

  it('refuses a citation claiming more than its source record allows', () => {
    const { errors } = check('Un fait <Cite id="relayed" verified="primary" />.');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(
      'verified="primary" claims more than content/sources/relayed.yml (verified: secondary)',
    );
    expect(check('Un fait <Cite id="lost" verified="secondary" via="x" />.').errors).toHaveLength(
      1,
    );
  });

  it('accepts a citation that says less, and asks where a second-hand figure was seen', () => {
    expect(check('Un fait <Cite id="seen" verified="untraced" />.').errors).toEqual([]);
    expect(
      check('Un fait <Cite id="seen" verified="secondary" via="Dupont 2020" />.').errors,
    ).toEqual([]);
    expect(check('Un fait <Cite id="seen" verified="secondary" />.').errors[0]).toContain(
      'needs via=',
    );
    expect(check('Un fait <Cite id="seen" verified="sure" />.').errors[0]).toContain(
      'is not one of primary, secondary, untraced',
    );
  });

  it('warns about sources nothing cites, counting citations outside MDX', () => {
    const { warnings } = check(
      'Un fait <Cite id="seen" />, un autre <Cite id="relayed" /> <Cite id="lost" />.',
    );
    expect(warnings).toEqual([]);
    expect(checkEvidence([], sources).warnings).toHaveLength(4);
  });
});
