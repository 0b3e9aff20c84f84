import { useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { CURRENCIES, type Currency } from '../calculators/numbers.ts';
import { useWords } from './lib/words.ts';

interface Props {
  uid: string;
  currency: Currency;
  /** The scenario as CSV, built when the reader asks for it rather than on every change. */
  csv: () => string;
  fileName: string;
  onCurrency: (currency: Currency) => void;
  onReset: () => void;
}

/**
 * What a manager needs to take the scenario to a meeting: the currency, a link that reproduces
 * it, a reset, print and a CSV download. The CSV link is a data URL (the worked example before
 * the island hydrates, refreshed from the current scenario when clicked); the buttons need JavaScript and are hidden without it (`.js-only`).
 */
export default function Toolbar({ uid, currency, csv, fileName, onCurrency, onReset }: Props) {
  const t = useWords();
  const message = useSignal('');
  const toHref = () => `data:text/csv;charset=utf-8,${encodeURIComponent(csv())}`;
  const initial = useMemo(toHref, []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      message.value = t('calc.copied');
    } catch {
      message.value = t('calc.copyFailed');
    }
  };
  return (
    <div class="calc__toolbar" role="group" aria-label={t('calc.toolbar')}>
      <label class="calc__currency js-only">
        <span>{t('calc.currency')}</span>
        <select
          name="currency"
          id={`${uid}-currency`}
          value={currency}
          onChange={(e) => onCurrency(e.currentTarget.value as Currency)}
        >
          {CURRENCIES.map((c) => (
            <option value={c}>{c}</option>
          ))}
        </select>
      </label>
      <button type="button" class="button js-only" onClick={() => void copy()}>
        {t('calc.copy')}
      </button>
      <button
        type="button"
        class="button js-only"
        onClick={() => {
          onReset();
          message.value = t('calc.resetDone');
        }}
      >
        {t('calc.reset')}
      </button>
      <button type="button" class="button js-only" onClick={() => print()}>
        {t('calc.print')}
      </button>
      <a
        class="button"
        download={fileName}
        href={initial}
        onClick={(e) => (e.currentTarget.href = toHref())}
      >
        {t('calc.csv')}
      </a>
      <p class="calc__message" role="status">
        {message.value}
      </p>
    </div>
  );
}
