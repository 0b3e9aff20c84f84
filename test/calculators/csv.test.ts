import { describe, expect, it } from 'vitest';
import { evaluateValues } from '../../src/calculators/check.ts';
import climate from '../../src/calculators/declarations/service-climate.ts';
import { toCsv } from '../../src/calculators/csv.ts';

const outcome = evaluateValues(climate, {});
if (!outcome.ok) throw new Error('defaults must be valid');
const scenario = {
  ...outcome,
  currency: 'EUR' as const,
  url: 'https://lelien.example/outils/climat-de-service/',
};

describe('CSV export', () => {
  it('starts with a BOM and uses semicolons and decimal commas in French', () => {
    const csv = toCsv(climate, scenario, 'fr');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toContain('entrée;elasticity;Élasticité (scénario central);0,35;ratio');
    expect(lines).toContain('résultat;revenueGain;Gain de chiffre d’affaires;175000;EUR');
  });

  it('uses commas and points in English', () => {
    const lines = toCsv(climate, { ...scenario, currency: 'USD' }, 'en')
      .slice(1)
      .trim()
      .split('\r\n');
    expect(lines).toContain('input,elasticity,Elasticity (central scenario),0.35,ratio');
    expect(lines).toContain('output,revenueGain,Revenue gain,175000,USD');
  });

  it('has one row per input and per output after the title, link and header rows', () => {
    const lines = toCsv(climate, scenario, 'en').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(3 + climate.inputs.length + climate.outputs.length);
  });

  it('quotes a cell that holds the separator', () => {
    const csv = toCsv(climate, { ...scenario, url: 'https://x.example/?a=1,2' }, 'en');
    expect(csv).toContain('"https://x.example/?a=1,2"');
  });

  it('leaves outputs empty when there are no results', () => {
    const csv = toCsv(climate, { ...scenario, results: null }, 'en');
    expect(csv).toContain('output,revenueGain,Revenue gain,,USD'.replace('USD', 'EUR'));
  });
});
