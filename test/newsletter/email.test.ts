import fc from 'fast-check';
import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkEmail, domainToAscii, mailboxOf } from '../../src/newsletter/email.ts';

const ok = (input: string) => {
  const r = checkEmail(input);
  return r.ok ? r.email : r.problem;
};

describe('checkEmail', () => {
  it('normalizes case, spaces around and the domain to punycode', () => {
    expect(ok('  Marie.Dupont@Exemple.FR ')).toBe('marie.dupont@exemple.fr');
    expect(ok('elodie@École.fr')).toBe('elodie@xn--cole-9oa.fr');
    expect(ok('elodie@e\u0301cole.fr')).toBe('elodie@xn--cole-9oa.fr');
    expect(ok("o'brien+news@sub.example.co.uk")).toBe("o'brien+news@sub.example.co.uk");
  });

  it('says why an address is refused', () => {
    expect(ok('')).toBe('empty');
    expect(ok('   ')).toBe('empty');
    expect(ok(`${'a'.repeat(250)}@x.fr`)).toBe('too-long');
    expect(ok(`${'a'.repeat(65)}@exemple.fr`)).toBe('invalid');
    expect(ok('a@exemple.fr\r\nBcc: victim@exemple.fr')).toBe('control');
    expect(ok('a@exemple.fr\u0000')).toBe('control');
    expect(ok('a@exemple.fr, b@exemple.fr')).toBe('several');
    expect(ok('a@exemple.fr;b@exemple.fr')).toBe('several');
    expect(ok('a@b@exemple.fr')).toBe('several');
    for (const bad of [
      'plainaddress',
      '@exemple.fr',
      'a@',
      'a@localhost',
      'a..b@exemple.fr',
      '.a@exemple.fr',
      'a@-x.fr',
      'a@x-.fr',
      'a@exemple.1',
      '"a b"@exemple.fr',
      'a@exem_ple.fr',
      'élodie@exemple.fr',
    ]) {
      expect(ok(bad), bad).toBe(/\s/.test(bad) ? 'several' : 'invalid');
    }
  });

  it('never throws, and whatever it accepts is one plain lower-case address it accepts again unchanged', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.emailAddress(), fc.string({ unit: 'grapheme' })),
        (input) => {
          const r = checkEmail(input);
          if (!r.ok) return;
          expect(r.email).toBe(r.email.toLowerCase());
          expect(r.email.length).toBeLessThanOrEqual(254);
          expect(r.email.split('@')).toHaveLength(2);
          expect(r.email).not.toMatch(/[\s,;\u0000-\u001f\u007f]/);
          expect(checkEmail(r.email)).toEqual(r);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives one address whatever the case it is typed in', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.boolean(), { minLength: 1 }), (email, flips) => {
        const mixed = [...email]
          .map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c))
          .join('');
        expect(checkEmail(mixed)).toEqual(checkEmail(email));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('checkEmail on hostile input', () => {
  it('refuses anything longer than 320 characters before looking further', () => {
    const padded = `${' '.repeat(200)}ana@example.org${' '.repeat(200)}`;
    expect(ok(padded)).toBe('too-long');
    expect(ok(`a${' '.repeat(16_340)}a`)).toBe('too-long');
    expect(ok(`${' '.repeat(150)}ana@example.org${' '.repeat(150)}`)).toBe('ana@example.org');
  });
});

describe('mailboxOf', () => {
  it('reads each spelling of one Gmail inbox as that inbox', () => {
    const spellings = [
      'joann@gmail.com',
      'jo.ann@gmail.com',
      'j.o.a.n.n@gmail.com',
      'joann+news@gmail.com',
      'jo.ann+x.y@googlemail.com',
      'JoAnn@GMail.com',
    ];
    expect(new Set(spellings.map(mailboxOf))).toEqual(new Set(['joann@gmail.com']));
  });

  it('drops a +tag only where the provider documents it, and never touches other dots', () => {
    expect(mailboxOf('ana+x@fastmail.com')).toBe('ana@fastmail.com');
    expect(mailboxOf('ana+x@proton.me')).toBe('ana@proton.me');
    expect(mailboxOf('ana+x@mailbox.org')).toBe('ana@mailbox.org');
    expect(mailboxOf('ana+x@example.org')).toBe('ana+x@example.org');
    expect(mailboxOf('a.na@outlook.com')).toBe('a.na@outlook.com');
    expect(mailboxOf('a.na-x@yahoo.com')).toBe('a.na-x@yahoo.com');
    expect(mailboxOf('+x@gmail.com')).toBe('+x@gmail.com');
  });

  it('is idempotent and keeps the domain', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        const box = mailboxOf(email);
        expect(mailboxOf(box)).toBe(box);
        const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
        expect(box.endsWith(`@${domain === 'googlemail.com' ? 'gmail.com' : domain}`)).toBe(true);
      }),
    );
  });
});

describe('domainToAscii', () => {
  it('gives what Node’s domainToASCII gives, without Node', () => {
    for (const domain of ['école.fr', 'xn--cole-9oa.fr', 'ex_ample.org', 'a..b', '[::1]', ''])
      expect(domainToAscii(domain), domain).toBe(domainToASCII(domain));
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zé0-9.:/%?#@[\]_-]{0,16}$/), (domain) => {
        expect(domainToAscii(domain)).toBe(domainToASCII(domain));
      }),
      { numRuns: 2000 },
    );
  });
});
