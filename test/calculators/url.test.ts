import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/calculators/check.ts';
import climate from '../../src/calculators/declarations/service-climate.ts';
import { parseNumber } from '../../src/calculators/numbers.ts';
import { readQuery, writeQuery } from '../../src/calculators/url.ts';
import { RUNS, validValues } from './laws.ts';

const fr = 'fr-FR';

describe('URL state', () => {
  it('reads absent parameters as defaults and present ones in the page locale', () => {
    const state = readQuery(
      climate,
      '?revenue=2500000.5&currency=CAD',
      defaults(climate),
      fr,
      'EUR',
    );
    expect(state.texts.revenue).toBe('2\u202f500\u202f000,5');
    expect(state.texts.climateNow).toBe('60');
    expect(state.currency).toBe('CAD');
  });

  it('keeps an invalid value verbatim so the field can show the error', () => {
    const state = readQuery(
      climate,
      '?attribution=abc&currency=XYZ',
      defaults(climate),
      'en-GB',
      'USD',
    );
    expect(state.texts.attribution).toBe('abc');
    expect(state.currency).toBe('USD');
  });

  it('writes every input with point decimals and keeps unrelated parameters', () => {
    const query = writeQuery(
      climate,
      { ...defaults(climate), elasticity: 0.5 },
      'EUR',
      'utm_source=mail',
    );
    const params = new URLSearchParams(query);
    expect(params.get('utm_source')).toBe('mail');
    expect(params.get('elasticity')).toBe('0.5');
    expect(params.get('revenue')).toBe('10000000');
    expect(params.get('currency')).toBe('EUR');
  });

  it('a written scenario reads back to the same numbers in every locale', () => {
    fc.assert(
      fc.property(
        validValues(climate),
        fc.constantFrom('fr-FR', 'fr-CA', 'en-US', 'en-GB'),
        (values, locale) => {
          const query = writeQuery(climate, values, 'USD', '');
          const state = readQuery(climate, query, defaults(climate), locale, 'EUR');
          for (const [name, value] of Object.entries(values)) {
            const parsed = parseNumber(state.texts[name] ?? '', locale);
            expect(parsed.ok && parsed.value).toBe(value);
          }
        },
      ),
      RUNS,
    );
  });
});
