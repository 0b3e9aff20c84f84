import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CommandError,
  erasePerson,
  exportCsv,
  importFile,
  list,
  stats,
  type Tools,
} from '../../../src/server/cli/commands.ts';
import { openStore, type Store } from '../../../src/server/newsletter/store.ts';
import { confirm, signup, subscriberByEmail } from '../../../src/server/newsletter/subscribers.ts';

/** The tools a command gets, its lines collected. */
function tools(db: Store): Tools & { lines: string[]; text: () => string } {
  const lines: string[] = [];
  return {
    db,
    out: (line) => lines.push(line),
    now: Date.now(),
    lines,
    text: () => `${lines.join('\n')}\n`,
  };
}

/** A database of confirmed subscribers, alternately French and English. */
function storeWith(emails: string[]): Store {
  const db = openStore(':memory:');
  for (const [i, email] of emails.entries()) {
    signup(
      db,
      {
        email,
        lang: i % 2 ? 'en' : 'fr',
        source: `/articles/a${i}/`,
        consentVersion: 'v1',
        mailbox: email,
      },
      1000 + i,
    );
    confirm(db, subscriberByEmail(db, email)!.id, 1000 + i, 5000 + i);
  }
  return db;
}

/** A CSV file with `text`, in a folder of its own. */
function csvFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lelien-cli-')), 'list.csv');
  writeFileSync(file, text);
  return file;
}

describe('newsletter CLI commands', () => {
  it('exports confirmed subscribers with their consent, and imports them back the same', () => {
    const from = tools(storeWith(['ana@example.org', 'ben@example.org', '=cmd@example.org']));
    exportCsv(from);
    expect(from.lines[0]).toBe('email,lang,signup_at,consent_version,source,confirmed_at');
    expect(from.text()).toContain("'=cmd@example.org");
    const to = tools(openStore(':memory:'));
    importFile(to, csvFile(from.text()));
    expect(to.lines).toEqual(['Imported 3; skipped 0 erased and 0 already on the list.']);
    const again = tools(to.db);
    exportCsv(again);
    expect(again.text()).toBe(from.text());
  });

  it('never lets an import bring back someone erased', () => {
    const cli = tools(storeWith(['ana@example.org', 'ben@example.org']));
    exportCsv(cli);
    const file = csvFile(cli.text());
    const run = (command: (t: Tools) => void) => {
      const t = tools(cli.db);
      command(t);
      return t.text();
    };
    expect(run((t) => erasePerson(t, 'ANA@example.org'))).toMatch(/Erased ana@example.org/);
    expect(run((t) => importFile(t, file))).toMatch(/Imported 0; skipped 1 erased and 1 already/);
    expect(run(list)).not.toContain('ana@');
  });

  it('imports nothing from a file with a bad row, and says which lines to fix', () => {
    const cli = tools(openStore(':memory:'));
    const file = csvFile(
      'email,lang,signup_at,consent_version,source,confirmed_at\nok@example.org,fr,2026-01-01T00:00:00Z,v1,/,2026-01-02T00:00:00Z\nnot-an-address,de,yesterday,v1,/,2026-01-02T00:00:00Z\n',
    );
    const refusal = (command: () => void) => {
      try {
        command();
      } catch (error) {
        if (error instanceof CommandError) return error;
        throw error;
      }
      throw new Error('no refusal');
    };
    const bad = refusal(() => importFile(cli, file));
    expect(bad.code).toBe(1);
    expect(bad.message).toMatch(/line 3: email "not-an-address" \(invalid\); lang "de"/);
    stats(cli);
    expect(cli.text()).toMatch(/no subscribers yet/);
    expect(refusal(() => importFile(cli, join(tmpdir(), 'nope-lelien.csv'))).message).toMatch(
      /Cannot read/,
    );
    expect(refusal(() => erasePerson(cli, 'not an address')).code).toBe(2);
  });
});
