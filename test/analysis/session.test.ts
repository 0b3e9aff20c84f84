import { describe, expect, it } from 'vitest';
import { sampleCsv } from '../../scripts/samples.ts';
import { Session } from '../../src/analysis/session.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('a reader’s session', () => {
  it('analyses a table, then re-reads it with the columns the reader chose', () => {
    const session = new Session();
    const first = session.handle({ kind: 'text', text: sampleCsv('en') });
    expect(first).toMatchObject({ kind: 'analysis', analysis: { units: 24 }, shape: { rows: 48 } });
    if (first.kind !== 'analysis') throw new Error();
    expect(first.units.every((u) => u.period === '2026')).toBe(true);
    const noCustomer = session.handle({
      kind: 'columns',
      columns: { ...first.shape.columns, customer: null },
    });
    expect(noCustomer).toMatchObject({
      kind: 'problems',
      problems: [{ code: 'missingColumn', role: 'customer' }],
      shape: { headers: first.shape.headers },
    });
    // New data starts from the columns its own headers name.
    expect(session.handle({ kind: 'text', text: sampleCsv('fr') })).toMatchObject({
      kind: 'analysis',
      shape: { columns: first.shape.columns },
    });
  });

  it('says nothing for an empty box, but names an empty or binary file', () => {
    const session = new Session();
    expect(session.handle({ kind: 'text', text: '  ' })).toEqual({ kind: 'none' });
    expect(session.handle({ kind: 'bytes', bytes: bytes('') })).toMatchObject({
      problems: [{ code: 'empty' }],
    });
    expect(
      session.handle({ kind: 'bytes', bytes: new Uint8Array([80, 75, 3, 4, 0, 0]).buffer }),
    ).toMatchObject({ problems: [{ code: 'binary' }] });
  });

  it('reads a Windows-1252 file as a French Excel writes it', () => {
    const latin1 = Uint8Array.from(sampleCsv('fr'), (c) => c.charCodeAt(0));
    expect(new Session().handle({ kind: 'bytes', bytes: latin1.buffer })).toMatchObject({
      kind: 'analysis',
      analysis: { units: 24 },
    });
  });
});
