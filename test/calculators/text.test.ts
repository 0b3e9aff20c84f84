import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateValues } from '../../src/calculators/check.ts';
import { CALCULATORS } from '../../src/calculators/registry.ts';
import { typeset } from '../../src/text/typography.ts';

/** Every string of a value, found recursively (functions and numbers skipped). */
function strings(value: unknown, lang: 'fr' | 'en', inLang = false): string[] {
  if (typeof value === 'string') return inLang ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, lang, inLang));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => strings(v, lang, inLang || key === lang));
  }
  return [];
}

describe.each(CALCULATORS.map((c) => [c.id, c] as const))('the words of %s', (_id, declaration) => {
  it('are typeset at build (src/integrations/declaration-typography.ts), so the island needs no typesetting code', () => {
    const outcome = evaluateValues(declaration, {});
    if (!outcome.ok) throw new Error('defaults must be valid');
    for (const lang of ['fr', 'en'] as const) {
      const charts = declaration.charts(outcome.values, outcome.results, lang);
      const texts = [
        ...strings(declaration, lang),
        ...strings(charts, lang, true).filter((s) => s.length > 1),
      ];
      expect(texts.length).toBeGreaterThan(10);
      for (const text of texts) expect(text).toBe(typeset(text, lang));
    }
  });

  it('keeps chart row labels short enough for a phone (40 characters)', () => {
    const outcome = evaluateValues(declaration, {});
    if (!outcome.ok) throw new Error('defaults must be valid');
    for (const lang of ['fr', 'en'] as const) {
      for (const chart of declaration.charts(outcome.values, outcome.results, lang)) {
        const labels =
          chart.kind === 'range'
            ? chart.rows.map((r) => r.label)
            : chart.kind === 'bars'
              ? chart.bars.map((b) => b.label)
              : chart.kind === 'line'
                ? chart.marks.map((m) => m.label)
                : [];
        for (const label of labels) expect(label.length, label).toBeLessThanOrEqual(40);
      }
    }
  });

  it('has a label, help and source list for every input, in both languages', () => {
    for (const input of declaration.inputs) {
      expect(
        input.label.fr && input.label.en && input.help.fr && input.help.en,
        input.name,
      ).toBeTruthy();
      // The source list: known records only, each once (an empty list is the reader's own data).
      expect(new Set(input.sources).size, input.name).toBe(input.sources.length);
      for (const id of input.sources)
        expect(existsSync(`content/sources/${id}.yml`), `${input.name}: ${id}`).toBe(true);
    }
    for (const output of declaration.outputs)
      expect(output.label.fr && output.label.en, output.name).toBeTruthy();
  });
});
