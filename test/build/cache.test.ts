import { mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cached, prune } from '../../src/build/cache.ts';

const fresh = () => mkdtempSync(join(tmpdir(), 'lelien-cache-'));
const bytes = (text: string) => new TextEncoder().encode(text);

/** A recipe that upper-cases, counting how often it really runs. */
function upper() {
  const recipe = async (input: string) => bytes(input.toUpperCase());
  let runs = 0;
  return {
    make: (input: string) => () => {
      runs++;
      return recipe(input);
    },
    runs: () => runs,
  };
}

describe('the build cache', () => {
  it('makes an output once per input and recipe, then reads it back', async () => {
    const dir = fresh();
    const recipe = upper();
    expect(await cached('upper', 'abc', recipe.make('abc'), dir)).toEqual(bytes('ABC'));
    expect(Buffer.from(await cached('upper', 'abc', recipe.make('abc'), dir))).toEqual(
      Buffer.from('ABC'),
    );
    expect(recipe.runs()).toBe(1);
    // Another input, or the same input under another recipe, is made again.
    await cached('upper', 'abd', recipe.make('abd'), dir);
    await cached('other', 'abc', recipe.make('abc'), dir);
    expect(recipe.runs()).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(['other', 'upper']);
  });

  it('still gives the output when the cache cannot be written', async () => {
    // A file where the cache's folder should be: no one, root included, can write under it.
    const dir = join(fresh(), 'a-file');
    writeFileSync(dir, '');
    const recipe = upper();
    expect(await cached('upper', 'abc', recipe.make('abc'), dir)).toEqual(bytes('ABC'));
    expect(await cached('upper', 'abc', recipe.make('abc'), dir)).toEqual(bytes('ABC'));
    expect(recipe.runs()).toBe(2);
  });

  it('forgets the entries no build has used for a week, and keeps the others', async () => {
    const dir = fresh();
    const recipe = upper();
    await cached('upper', 'old', recipe.make('old'), dir);
    await cached('upper', 'new', recipe.make('new'), dir);
    const key = createHash('sha256').update('old').digest('hex');
    const eightDaysAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    utimesSync(join(dir, 'upper', key.slice(0, 2), key), eightDaysAgo, eightDaysAgo);
    expect(await prune(dir)).toBe(1);
    await cached('upper', 'old', recipe.make('old'), dir);
    await cached('upper', 'new', recipe.make('new'), dir);
    expect(recipe.runs()).toBe(3);
  });
});
