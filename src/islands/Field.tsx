import type { FieldError } from '../calculators/check.ts';
import { errorMessage } from '../calculators/check.ts';
import type { Measured } from '../calculators/measured.ts';
import type { Input } from '../calculators/model.ts';
import { formatNumber, parseNumber, unitSuffix, type Currency } from '../calculators/numbers.ts';
import { memo } from './lib/memo.ts';
import { LOCALES, type Lang } from '../i18n/lang.ts';
import { useWords } from './lib/words.ts';

interface Props {
  uid: string;
  input: Input;
  lang: Lang;
  currency: Currency;
  text: string;
  error: FieldError | undefined;
  /** Set when the value came measured from the reader's own data, with its units and interval. */
  measured?: Measured | undefined;
  /** Stable callbacks taking the field's name, so an unchanged field skips re-rendering. */
  onType: (name: string, text: string) => void;
  onCommit: (name: string, text: string) => void;
}

/**
 * One input: a forgiving text field (`inputmode="decimal"`, the reader's number format), a
 * slider beside it where a range makes sense, its help, and its error in the page's language.
 */
function Field({ uid, input, lang, currency, text, error, measured, onType, onCommit }: Props) {
  const t = useWords();
  const id = `${uid}-${input.name}`;
  const help = `${id}-help`;
  const message = `${id}-error`;
  const note = `${id}-measured`;
  const describedBy = [error && message, measured && note, help].filter(Boolean).join(' ');
  const label = input.label[lang];
  if (input.unit === 'flag') {
    return (
      <div class="field field--flag">
        <input
          type="checkbox"
          id={id}
          name={input.name}
          checked={text.trim() === '1'}
          aria-describedby={help}
          onChange={(e) => onCommit(input.name, e.currentTarget.checked ? '1' : '0')}
        />
        <label for={id}>{label}</label>
        <p class="field__help" id={help}>
          {input.help[lang]}
        </p>
      </div>
    );
  }
  const parsed = parseNumber(text, LOCALES[lang]);
  const range =
    input.slider ?? (Number.isFinite(input.max) ? { min: input.min, max: input.max } : null);
  const suffix = unitSuffix(input.unit, { lang, currency });
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id}>{label}</label>
      <div class="field__row">
        <span class="field__box">
          <input
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellcheck={false}
            id={id}
            name={input.name}
            value={text}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy}
            onInput={(e) => onType(input.name, e.currentTarget.value)}
            onChange={(e) => onCommit(input.name, e.currentTarget.value)}
          />
          {suffix && (
            <span class="field__unit" aria-hidden="true">
              {suffix}
            </span>
          )}
        </span>
        {range && (
          <input
            type="range"
            class="field__slider"
            min={range.min}
            max={range.max}
            step={input.step}
            value={
              parsed.ok ? Math.min(range.max, Math.max(range.min, parsed.value)) : input.default
            }
            aria-label={t('calc.slider', { label })}
            aria-describedby={help}
            onInput={(e) =>
              onCommit(input.name, formatNumber(Number(e.currentTarget.value), LOCALES[lang]))
            }
          />
        )}
      </div>
      {measured && (
        <p class="field__measured" id={note}>
          <span class="field__badge">{t('calc.measuredBadge')}</span>{' '}
          {t('calc.measured', {
            units: measured.units,
            low: formatNumber(measured.low, LOCALES[lang]),
            high: formatNumber(measured.high, LOCALES[lang]),
          })}
        </p>
      )}
      <p class="field__help" id={help}>
        {input.help[lang]}
      </p>
      {error && (
        <p class="field__error" id={message}>
          {errorMessage(error, lang, LOCALES[lang], t)}
        </p>
      )}
    </div>
  );
}

export default memo(Field);
