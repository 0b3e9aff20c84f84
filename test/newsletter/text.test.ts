import { describe, expect, it } from 'vitest';
import { enPages } from '../../src/i18n/en.ts';
import { frPages } from '../../src/i18n/fr.ts';
import { LANGS } from '../../src/i18n/lang.ts';
import { PROBLEM_CODES } from '../../src/newsletter/form.ts';
import { newsletterText } from '../../src/newsletter/text.ts';
import { formId } from '../../src/newsletter/uid.ts';

describe('newsletter strings', () => {
  it('have a message for every problem code, in both languages', () => {
    for (const code of PROBLEM_CODES) {
      const key = `newsletter.problem.${code}` as const;
      expect(frPages[key], key).toBeTruthy();
      expect(enPages[key], key).toBeTruthy();
    }
  });

  it('give the island every string it shows, none empty', () => {
    for (const lang of LANGS) {
      const text = newsletterText(lang);
      const strings = [
        ...Object.values(text).filter((v): v is string => typeof v === 'string'),
        ...Object.values(text.problems),
        ...Object.values(text.languages),
      ];
      expect(strings.length).toBeGreaterThan(25);
      for (const s of strings) expect(s.trim(), lang).not.toBe('');
    }
  });

  it('name each language in itself, on either page', () => {
    expect(newsletterText('fr').languages).toEqual({ fr: 'Français', en: 'English' });
    expect(newsletterText('en').languages).toEqual({ fr: 'Français', en: 'English' });
  });

  it('come typeset in French', () => {
    const text = newsletterText('fr');
    expect(text.problems['lang.invalid']).toContain('\u00a0:');
    expect(text.success).not.toMatch(/ [:;!?]/);
  });

  it('say what is sent and how to leave in the consent text', () => {
    expect(newsletterText('en').consent).toMatch(/new articles by email.*unsubscribe/);
    expect(newsletterText('fr').consent).toMatch(/nouveaux articles.*désinscription/);
  });

  it('tell the wait of a rate limit', () => {
    for (const lang of LANGS) {
      expect(newsletterText(lang).problems['request.rate']).toContain('{minutes}');
    }
  });
});

describe('formId', () => {
  it('is unique within a page render and starts again on the next', () => {
    const page = {};
    expect([formId(page), formId(page), formId(page)]).toEqual([
      'newsletter',
      'newsletter-2',
      'newsletter-3',
    ]);
    expect(formId({})).toBe('newsletter');
  });
});
