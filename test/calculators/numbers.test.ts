import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CURRENCIES,
  defaultCurrency,
  formatNumber,
  formatResult,
  formatUrlNumber,
  isCurrency,
  moneyLocale,
  parseNumber,
  parseUrlNumber,
  unitSuffix,
  type Currency,
} from '../../src/calculators/numbers.ts';
import { UNITS } from '../../src/calculators/unit.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const THIN = '\u2009';
const MINUS = '\u2212';
const LOCALE_TAGS = ['fr-FR', 'fr-CA', 'en-US', 'en-GB'];
const RUNS = { numRuns: 1000 };

const fr = { lang: 'fr', currency: 'EUR' } as const;
const en = { lang: 'en', currency: 'USD' } as const;

/** The minus sign Intl uses in `locale` (ICU prints U+002D for fr-FR today, not U+2212). */
const intlMinus = (locale: string) =>
  new Intl.NumberFormat(locale).formatToParts(-1).find((p) => p.type === 'minusSign')?.value;

const value = (v: number) => ({ ok: true, value: v });
const notNumber = { ok: false, error: 'notNumber' };
const empty = { ok: false, error: 'empty' };

describe('currencies', () => {
  it('lists EUR, USD and CAD and defaults by language', () => {
    expect(CURRENCIES).toEqual(['EUR', 'USD', 'CAD']);
    expect(defaultCurrency('fr')).toBe('EUR');
    expect(defaultCurrency('en')).toBe('USD');
  });

  it('checks currencies rather than casting them', () => {
    expect(isCurrency('CAD')).toBe(true);
    expect(isCurrency('GBP')).toBe(false);
    expect(isCurrency(undefined)).toBe(false);
  });

  it.each([
    ['fr', 'EUR', 'fr-FR'],
    ['fr', 'USD', 'fr-FR'],
    ['fr', 'CAD', 'fr-CA'],
    ['en', 'USD', 'en-US'],
    ['en', 'CAD', 'en-CA'],
    ['en', 'EUR', 'en-IE'],
  ] as const)('formats %s %s money in %s', (lang, currency, locale) => {
    expect(moneyLocale(lang, currency)).toBe(locale);
  });
});

describe('parseNumber', () => {
  it.each([
    ['2,5', 'fr-FR', 2.5],
    [`1 234 567,5`, 'fr-FR', 1234567.5],
    [`1${NBSP}234${NBSP}567,5`, 'fr-FR', 1234567.5],
    [`1${NNBSP}234${NNBSP}567,5`, 'fr-FR', 1234567.5],
    [`1${THIN}234${THIN}567,5`, 'fr-CA', 1234567.5],
    ['1234567,5', 'fr-FR', 1234567.5],
    ['2.5', 'fr-FR', 2.5],
    ['1234.5', 'fr-FR', 1234.5],
    ['2.5', 'en-US', 2.5],
    ['1,234,567.5', 'en-GB', 1234567.5],
    ['1 234 567.5', 'en-US', 1234567.5],
    [',5', 'fr-FR', 0.5],
    ['.5', 'en-GB', 0.5],
    ['5,', 'fr-FR', 5],
    ['5.', 'en-US', 5],
    ['50 %', 'fr-FR', 50],
    ['50%', 'en-GB', 50],
    ['175 000 €', 'fr-FR', 175000],
    ['€175,000', 'en-IE', 175000],
    ['$175,000', 'en-US', 175000],
    ['-$175,000', 'en-US', -175000],
    ['CA$12', 'en-CA', 12],
    ['12 $US', 'fr-FR', 12],
    ['US$ 12', 'en-US', 12],
    ['1,5 pt', 'fr-FR', 1.5],
    ['3pts', 'en-GB', 3],
    ['-3', 'fr-FR', -3],
    [`${MINUS}3`, 'fr-FR', -3],
    ['+3', 'en-GB', 3],
    ['  42\t', 'en-GB', 42],
    [`${NBSP}42${NNBSP}`, 'fr-FR', 42],
  ])('reads %j in %s', (text, locale, expected) => {
    expect(parseNumber(text, locale)).toEqual(value(expected));
  });

  it.each([
    ['1.234,5', 'fr-FR'],
    ['2,5', 'en-US'],
    ['2,5', 'en-GB'],
    ['12 34', 'fr-FR'],
    ['12 34', 'en-GB'],
    ['1,23,456', 'en-US'],
    [`1 234${NNBSP}567`, 'fr-FR'],
    ['1e5', 'en-GB'],
    ['1e5', 'fr-FR'],
    ['Infinity', 'en-GB'],
    ['-Infinity', 'en-GB'],
    ['NaN', 'fr-FR'],
    ['0x10', 'en-GB'],
    ['abc', 'fr-FR'],
    ['12 kg', 'fr-FR'],
    ['1,2,3', 'fr-FR'],
    ['1.2.3', 'en-GB'],
    ['1,5.5', 'fr-FR'],
    ['٣', 'fr-FR'],
    ['１２', 'en-GB'],
    ['--3', 'en-GB'],
    ['-€-3', 'fr-FR'],
    ['€3 %', 'fr-FR'],
    ['3 % %', 'fr-FR'],
    ['.', 'en-GB'],
    [',', 'fr-FR'],
    ['-', 'fr-FR'],
    ['%', 'fr-FR'],
    ['9'.repeat(400), 'en-GB'],
  ])('rejects %j in %s', (text, locale) => {
    expect(parseNumber(text, locale)).toEqual(notNumber);
  });

  it.each(['', '   ', `${NBSP}${NNBSP}\t`])('reports %j as empty', (text) => {
    expect(parseNumber(text, 'fr-FR')).toEqual(empty);
  });

  it('falls back to English conventions for an invalid locale tag instead of throwing', () => {
    expect(parseNumber('1,234.5', 'fr_FR!')).toEqual(value(1234.5));
  });

  it('returns 0, not -0, for negative zero', () => {
    const parsed = parseNumber('-0', 'en-GB');
    expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
  });
});

describe('URL numbers', () => {
  it.each([
    ['12.5', 12.5],
    ['-3', -3],
    ['0', 0],
  ])('reads %j', (text, expected) => {
    expect(parseUrlNumber(text)).toEqual(value(expected));
  });

  it.each(['.5', '5.', '+5', '1,5', '1 000', '1e5', 'Infinity', ' 5', '0x1', '−5'])(
    'rejects %j',
    (text) => {
      expect(parseUrlNumber(text)).toEqual(notNumber);
    },
  );

  it('reports an empty value', () => {
    expect(parseUrlNumber('')).toEqual(empty);
  });

  it.each([
    [12.5, '12.5'],
    [-0, '0'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [-1.5e-8, '-0.000000015'],
  ])('writes %d as %j', (x, expected) => {
    expect(formatUrlNumber(x)).toBe(expected);
  });
});

describe('formatNumber', () => {
  it.each([
    [-1234567.125, 'fr-FR', `${intlMinus('fr-FR')}1${NNBSP}234${NNBSP}567,125`],
    [1234.5, 'fr-CA', `1${NBSP}234,5`],
    [1234567.125, 'en-GB', '1,234,567.125'],
    [0.1 + 0.2, 'en-US', '0.30000000000000004'],
    [1e-7, 'fr-FR', '0,0000001'],
    [-0, 'fr-FR', '0'],
  ])('writes %d in %s as %j', (x, locale, expected) => {
    expect(formatNumber(x, locale)).toBe(expected);
  });

  it('agrees with Intl wherever Intl prints every digit', () => {
    fc.assert(
      fc.property(
        fc.integer().map((n) => n / 1000),
        fc.constantFrom(...LOCALE_TAGS),
        (x, l) => {
          const intl = new Intl.NumberFormat(l, {
            maximumFractionDigits: 20,
            signDisplay: 'negative',
          });
          expect(formatNumber(x, l)).toBe(intl.format(x));
        },
      ),
      RUNS,
    );
  });
});

describe('formatResult', () => {
  it('writes French money headlines with Intl spaces (U+202F groups, U+00A0 before €)', () => {
    expect(formatResult(175000, 'money', fr, 'headline')).toBe(`175${NNBSP}000${NBSP}€`);
    expect(formatResult(545041.64, 'money', fr, 'headline')).toBe(`545${NNBSP}000${NBSP}€`);
  });

  it('writes millions compactly, with no space between M and the currency', () => {
    expect(formatResult(1090000, 'money', fr, 'headline')).toBe(`1,09${NBSP}M€`);
    expect(formatResult(2.5e9, 'money', fr, 'headline')).toBe(`2,5${NBSP}Md€`);
    expect(formatResult(1000000, 'money', en, 'headline')).toBe('$1M');
    expect(formatResult(1090000, 'money', en, 'headline')).toBe('$1.09M');
    expect(formatResult(999999, 'money', en, 'headline')).toBe('$1M');
  });

  it('writes English money in the currency’s country', () => {
    expect(formatResult(175000, 'money', en, 'headline')).toBe('$175,000');
    expect(formatResult(175000, 'money', { lang: 'en', currency: 'EUR' }, 'headline')).toBe(
      '€175,000',
    );
    expect(formatResult(175000, 'money', { lang: 'fr', currency: 'USD' }, 'headline')).toBe(
      `175${NNBSP}000${NBSP}$US`,
    );
  });

  it('writes table money to the cent, dropping ,00 on whole amounts', () => {
    expect(formatResult(545041.64, 'money', fr, 'table')).toBe(`545${NNBSP}041,64${NBSP}€`);
    expect(formatResult(545041.64, 'money', en, 'table')).toBe('$545,041.64');
    expect(formatResult(30000, 'money', en, 'table')).toBe('$30,000');
    expect(formatResult(545041.64, 'money', en, 'table', 0)).toBe('$545,042');
  });

  it('writes negative money with Intl’s minus sign', () => {
    expect(formatResult(-30000, 'money', fr, 'headline')).toBe(
      `${intlMinus('fr-FR')}30${NNBSP}000${NBSP}€`,
    );
    expect(formatResult(-30000, 'money', en, 'headline')).toBe('-$30,000');
  });

  it('writes percentages with a narrow no-break space in French', () => {
    expect(formatResult(1.75, 'percent', fr, 'headline')).toBe(`1,75${NNBSP}%`);
    expect(formatResult(1.75, 'percent', en, 'headline')).toBe('1.75%');
    expect(formatResult(12.3456, 'percent', en, 'table')).toBe('12.35%');
    expect(formatResult(12.3456, 'percent', en, 'headline')).toBe('12.3%');
  });

  it('writes percentage points and index points, pluralised by the language’s rules', () => {
    expect(formatResult(0.5, 'pp', fr, 'headline')).toBe(`0,5${NBSP}point`);
    expect(formatResult(1.5, 'pp', fr, 'headline')).toBe(`1,5${NBSP}point`);
    expect(formatResult(2, 'pp', fr, 'headline')).toBe(`2${NBSP}points`);
    expect(formatResult(1, 'pp', en, 'headline')).toBe(`1${NBSP}point`);
    expect(formatResult(0.5, 'pp', en, 'headline')).toBe(`0.5${NBSP}points`);
    expect(formatResult(1.3, 'points', en, 'headline')).toBe(`1.3${NBSP}points`);
    expect(formatResult(1.3, 'points', fr, 'headline')).toBe(`1,3${NBSP}point`);
  });

  it('writes counts as grouped integers in headlines', () => {
    expect(formatResult(18, 'count', fr, 'headline')).toBe('18');
    expect(formatResult(20000, 'count', fr, 'headline')).toBe(`20${NNBSP}000`);
    expect(formatResult(20000, 'count', en, 'headline')).toBe('20,000');
    expect(formatResult(36.000000001, 'count', en, 'headline')).toBe('36');
    expect(formatResult(36.4, 'count', en, 'headline')).toBe('36');
    expect(formatResult(36.456, 'count', en, 'table')).toBe('36.46');
    expect(formatResult(36.456, 'count', en, 'table', 0)).toBe('36');
  });

  it('writes durations with a no-break space and a pluralised word', () => {
    expect(formatResult(10, 'months', fr, 'headline')).toBe(`10${NBSP}mois`);
    expect(formatResult(10, 'months', en, 'headline')).toBe(`10${NBSP}months`);
    expect(formatResult(1, 'months', en, 'headline')).toBe(`1${NBSP}month`);
    expect(formatResult(0.9999, 'months', en, 'headline')).toBe(`1${NBSP}month`);
    expect(formatResult(1, 'years', fr, 'headline')).toBe(`1${NBSP}an`);
    expect(formatResult(3, 'years', fr, 'headline')).toBe(`3${NBSP}ans`);
    expect(formatResult(3, 'years', en, 'headline')).toBe(`3${NBSP}years`);
    expect(formatResult(8, 'days', fr, 'headline')).toBe(`8${NBSP}jours`);
    expect(formatResult(1, 'days', en, 'headline')).toBe(`1${NBSP}day`);
    expect(formatResult(2, 'hours', fr, 'headline')).toBe(`2${NBSP}h`);
    expect(formatResult(2, 'hours', en, 'headline')).toBe(`2${NBSP}h`);
    expect(formatResult(46, 'weeks', fr, 'headline')).toBe(`46${NBSP}semaines`);
    expect(formatResult(46, 'weeks', en, 'headline')).toBe(`46${NBSP}weeks`);
  });

  it('keeps every integer digit of a headline', () => {
    expect(formatResult(12345, 'months', fr, 'headline')).toBe(`12${NNBSP}345${NBSP}mois`);
    expect(formatResult(1.23456, 'months', en, 'headline')).toBe(`1.23${NBSP}months`);
  });

  it('writes ratios and flags', () => {
    expect(formatResult(4 / 3, 'ratio', fr, 'headline')).toBe('1,33×');
    expect(formatResult(4 / 3, 'ratio', en, 'table')).toBe('1.3333×');
    expect(formatResult(1, 'flag', fr, 'headline')).toBe('oui');
    expect(formatResult(0, 'flag', fr, 'headline')).toBe('non');
    expect(formatResult(1, 'flag', en, 'table')).toBe('yes');
    expect(formatResult(0, 'flag', en, 'table')).toBe('no');
  });

  it('never shows -0 and writes non-finite values as a dash', () => {
    expect(formatResult(-0.0001, 'money', en, 'table')).toBe('$0');
    expect(formatResult(-0, 'count', fr, 'headline')).toBe('0');
    expect(formatResult(Number.NaN, 'money', fr, 'headline')).toBe('—');
  });
});

describe('unitSuffix', () => {
  it.each([
    ['money', 'fr', 'EUR', '€'],
    ['money', 'fr', 'USD', '$US'],
    ['money', 'fr', 'CAD', '$'],
    ['money', 'en', 'USD', '$'],
    ['money', 'en', 'CAD', 'CA$'],
    ['money', 'en', 'EUR', '€'],
    ['percent', 'fr', 'EUR', '%'],
    ['pp', 'en', 'USD', 'pt'],
    ['points', 'fr', 'EUR', 'points'],
    ['points', 'en', 'USD', 'pts'],
    ['months', 'fr', 'EUR', 'mois'],
    ['months', 'en', 'USD', 'months'],
    ['years', 'fr', 'EUR', 'ans'],
    ['days', 'en', 'USD', 'days'],
    ['hours', 'fr', 'EUR', 'h'],
    ['weeks', 'fr', 'EUR', 'semaines'],
    ['ratio', 'en', 'USD', '×'],
    ['count', 'fr', 'EUR', ''],
    ['flag', 'en', 'USD', ''],
  ] as const)('%s in %s %s is %j', (unit, lang, currency, expected) => {
    expect(unitSuffix(unit, { lang, currency })).toBe(expected);
  });

  it('gives money suffixes that parseNumber accepts', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const currency of CURRENCIES) {
        const text = `12 ${unitSuffix('money', { lang, currency })}`;
        expect(parseNumber(text, moneyLocale(lang, currency))).toEqual(value(12));
      }
    }
  });
});

/** Every finite double, with extra weight on integers and short decimals a reader would type. */
const finite = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer().map((n) => n / 100),
  fc.integer({ min: -1e12, max: 1e12 }),
);

describe('laws', () => {
  it.each(LOCALE_TAGS)('parse(format(x)) = x in fr-FR, fr-CA, en-US and en-GB: %s', (locale) => {
    fc.assert(
      fc.property(finite, (x) => {
        const parsed = parseNumber(formatNumber(x, locale), locale);
        expect(parsed).toEqual(value(x + 0));
      }),
      RUNS,
    );
  });

  const numberish = fc
    .array(
      fc.constantFrom(
        ...'0123456789'.split(''),
        ' ',
        NBSP,
        NNBSP,
        THIN,
        ',',
        '.',
        '-',
        MINUS,
        '%',
        '€',
      ),
      { maxLength: 20 },
    )
    .map((chars) => chars.join(''));

  it.each([
    ['arbitrary Unicode', fc.string({ unit: 'binary' })],
    ['number-ish strings', numberish],
  ])('parse never throws and never returns NaN or Infinity: %s', (_, strings) => {
    fc.assert(
      fc.property(strings, fc.constantFrom(...LOCALE_TAGS), (text, locale) => {
        const parsed = parseNumber(text, locale);
        if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
        else expect(['empty', 'notNumber']).toContain(parsed.error);
      }),
      RUNS,
    );
  });

  it('url round-trip: parseUrlNumber(formatUrlNumber(x)) = x', () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(parseUrlNumber(formatUrlNumber(x))).toEqual(value(x + 0));
      }),
      RUNS,
    );
  });

  it('formatResult never contains an ordinary space and never prints NaN', () => {
    fc.assert(
      fc.property(
        finite,
        fc.constantFrom(...UNITS),
        fc.constantFrom<Lang>('fr', 'en'),
        fc.constantFrom<Currency>(...CURRENCIES),
        fc.constantFrom('headline' as const, 'table' as const),
        (x, unit, lang, currency, style) => {
          const text = formatResult(x, unit, { lang, currency }, style);
          expect(text).not.toMatch(/ |NaN|Infinity|∞/);
          expect(text).not.toBe('');
        },
      ),
      RUNS,
    );
  });
});
