import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Which room may import which is the linter's work (eslint.config.js, CONTRIBUTING.md "Rooms").
describe('architecture', () => {
  it('never names a module src/fetch.ts (reserved by Astro 7)', () => {
    expect(existsSync('src/fetch.ts')).toBe(false);
  });
});
