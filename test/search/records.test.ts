import { describe, expect, it } from 'vitest';
import {
  isRecordList,
  pageAttributes,
  sourceRecord,
  termRecord,
} from '../../src/search/records.ts';

const source = {
  authors: 'Reichheld, F. F.',
  short: 'Reichheld',
  year: 1996,
  title: 'The Loyalty Effect: The Hidden Force Behind Growth',
  container: 'Harvard Business School Press',
  supports: ['Fidéliser accroît les profits : de 25 à 85 %'],
  reason: 'Livre de référence',
  kind: 'book' as const,
  verified: 'untraced' as const,
};

describe('search records', () => {
  it('makes a glossary term a result that opens on its anchor, in its language', () => {
    const r = termRecord(
      'nps',
      { term: 'NPS', definition: 'Net Promoter Score : un indice.' },
      'fr',
    );
    expect(r).toMatchObject({ url: '/glossaire/#nps', language: 'fr', meta: { title: 'NPS' } });
    expect(r.filters.kind).toEqual(['term']);
    expect(r.content).toContain('NPS. Net Promoter Score\u00a0: un indice.');
    expect(termRecord('nps', { term: 'NPS', definition: 'x' }, 'en').url).toBe('/en/glossary/#nps');
  });

  it('makes a source a result with its reference as published and the site’s notes typeset', () => {
    const r = sourceRecord('reichheld1996', source, 'fr');
    expect(r.url).toBe('/sources/#reichheld1996');
    expect(r.meta.title).toBe(
      'Reichheld, 1996 — The Loyalty Effect: The Hidden Force Behind Growth',
    );
    expect(r.content).toContain('The Loyalty Effect: The Hidden');
    expect(r.content).toContain('profits\u00a0: de 25');
    expect(r.meta.evidence).toBe('Livre · non vérifié');
    expect(sourceRecord('x', source, 'en').meta.evidence).toBe('Book · unverified');
    expect(sourceRecord('x', { ...source, year: null }, 'en').meta.title).toMatch(/^Reichheld — /);
  });

  it('recognises a list of records and nothing else', () => {
    expect(isRecordList([sourceRecord('a', source, 'en')])).toBe(true);
    expect(isRecordList([])).toBe(true);
    expect(isRecordList({})).toBe(false);
    expect(isRecordList([{ url: '/a/', content: 'x', language: 'fr', meta: {} }])).toBe(false);
    expect(isRecordList([null])).toBe(false);
  });
});

describe('pageAttributes', () => {
  it('gives Pagefind the kind, each tag in an attribute of its own, and the date', () => {
    expect(
      pageAttributes({ kind: 'article', tags: ['Climat', 'Coûts, pertes'], date: '2026-03-01' }),
    ).toEqual({
      'data-tag-0': 'Climat',
      'data-tag-1': 'Coûts, pertes',
      'data-pagefind-filter': 'tag[data-tag-0], tag[data-tag-1], kind:article',
      'data-pagefind-meta': 'date:2026-03-01',
    });
    expect(pageAttributes({ kind: 'tool' })).toEqual({ 'data-pagefind-filter': 'kind:tool' });
  });
});
