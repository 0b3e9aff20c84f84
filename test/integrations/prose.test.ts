import { describe, expect, it } from 'vitest';
import { langOfFile } from '../../src/integrations/prose.ts';

describe('langOfFile', () => {
  it('reads the language from the folder that holds the file', () => {
    expect(langOfFile('/site/content/articles/fr/a.mdx')).toBe('fr');
    expect(langOfFile('C:\\site\\content\\pages\\en\\about.mdx')).toBe('en');
    expect(langOfFile('/site/src/pages/index.md')).toBeUndefined();
  });
});
