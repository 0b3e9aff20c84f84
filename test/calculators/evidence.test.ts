import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { allowedCheck, type Check } from '../../src/articles/evidence.ts';
import { SCENARIOS } from '../../src/calculators/model.ts';
import { CALCULATORS } from '../../src/calculators/registry.ts';

const record = (id: string) =>
  load(readFileSync(`content/sources/${id}.yml`, 'utf8')) as { verified: Check };

describe('the evidence behind every calculator', () => {
  const rows = CALCULATORS.flatMap((c) => [
    ...c.inputs.map((i) => ({ at: `${c.id} input ${i.name}`, ...i, coefficient: false })),
    ...c.coefficients.flatMap((k) =>
      SCENARIOS.map((s) => ({
        at: `${c.id} ${k.label.en} (${s})`,
        ...k.values[s],
        coefficient: true,
      })),
    ),
  ]);

  it('marks as ours every coefficient value that no source gives', () => {
    for (const row of rows.filter((r) => r.coefficient && r.sources.length === 0))
      expect(row.ours, row.at).toBe(true);
  });

  it('cites only known sources, never claiming more than their records allow', () => {
    for (const row of rows)
      for (const id of row.sources) {
        const ceiling = record(id).verified;
        expect(allowedCheck(ceiling, row.verified ?? ceiling), `${row.at}: ${id}`).toBe(true);
      }
  });

  it('says verified only where there is a source to verify', () => {
    for (const row of rows.filter((r) => r.verified))
      expect(row.sources.length, row.at).toBeGreaterThan(0);
  });
});
