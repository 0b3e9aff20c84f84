import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { evaluate, type Evaluation } from '../../calculators/check.ts';
import type { AnyDeclaration, Results } from '../../calculators/model.ts';
import {
  formatNumber,
  formatResult,
  parseNumber,
  type Currency,
} from '../../calculators/numbers.ts';
import { readMeasured, type Measured } from '../../calculators/measured.ts';
import { readQuery, writeQuery } from '../../calculators/url.ts';
import { LOCALES, type Lang } from '../../i18n/lang.ts';
import { useWords } from './words.ts';

/** How long typing must pause before results, errors and the URL follow. */
const SETTLE_MS = 350;

/** How long the state must rest before the address bar follows it. */
const URL_MS = 150;

/** The calculator's state as signals: live field texts, the settled evaluation, the currency. */
export function useCalculator(
  declaration: AnyDeclaration,
  lang: Lang,
  defaults: Record<string, number>,
  initialCurrency: Currency,
) {
  const locale = LOCALES[lang];
  const start = () =>
    Object.fromEntries(
      declaration.inputs.map((i) => [i.name, formatNumber(defaults[i.name] ?? i.default, locale)]),
    );
  const texts = useSignal<Record<string, string>>(start());
  const settled = useSignal<Record<string, string>>(texts.value);
  const currency = useSignal<Currency>(initialCurrency);
  const touched = useSignal(false);
  /** Coefficients the link says were measured on the reader's data ("your chain" tool). */
  const measured = useSignal<Record<string, Measured>>({});
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const urlTimer = useRef<ReturnType<typeof setTimeout>>();
  const parsed = (all: Record<string, string>) =>
    Object.fromEntries(
      Object.entries(all).map(([name, text]) => [name, parseNumber(text, locale)]),
    );
  const evaluation = useComputed<Evaluation>(() => evaluate(declaration, parsed(settled.value)));
  const lastResults = useRef<{ values: Record<string, number>; results: Results }>();
  const good = useComputed(() => {
    const outcome = evaluation.value;
    if (outcome.ok) lastResults.current = outcome;
    return outcome.ok ? outcome : (lastResults.current ?? null);
  });

  useEffect(() => {
    if (!location.search) return;
    const state = readQuery(declaration, location.search, defaults, locale, initialCurrency);
    texts.value = settled.value = state.texts;
    currency.value = state.currency;
    measured.value = readMeasured(
      location.search,
      declaration.inputs.map((i) => i.name),
    );
  }, []);

  useSignalEffect(() => {
    const money = currency.value;
    const all = settled.value;
    if (!touched.value) return;
    const values = Object.fromEntries(
      Object.entries(all).map(([name, text]) => {
        const p = parseNumber(text, locale);
        return [name, p.ok ? p.value : text];
      }),
    );
    // Trailing and spaced out: browsers throttle a page that rewrites its URL on every frame.
    clearTimeout(urlTimer.current);
    urlTimer.current = setTimeout(() => {
      const query = writeQuery(declaration, values, money, location.search);
      history.replaceState(history.state, '', `${location.pathname}?${query}${location.hash}`);
    }, URL_MS);
  });

  useSignalEffect(() => {
    const outcome = evaluation.value;
    const ctx = { lang, currency: currency.value };
    for (const el of document.querySelectorAll<HTMLElement>(
      `[data-live-calc="${declaration.id}"]`,
    )) {
      const output = declaration.outputs.find((o) => o.name === el.dataset.liveOutput);
      const value = outcome.ok && output ? outcome.results[output.name] : null;
      const text =
        value == null || !output ? '—' : formatResult(value, output.unit, ctx, 'headline');
      if (el.textContent !== text) el.textContent = text;
    }
  });

  /** The measured coefficient of input `name`, while its field still holds that value. */
  const measuredNow = (name: string): Measured | undefined => {
    const m = measured.value[name];
    const typed = parseNumber(texts.value[name] ?? '', locale);
    return m && typed.ok && typed.value === m.value ? m : undefined;
  };

  // The assumptions table on the page (server-rendered) says "your input" for a coefficient the
  // reader sets; while the input holds a value measured on their data, it says so, with its
  // units and interval, and goes back to its words when the reader changes it.
  const t = useWords();
  useSignalEffect(() => {
    for (const el of document.querySelectorAll<HTMLElement>(
      `[data-measured-calc="${declaration.id}"]`,
    )) {
      el.dataset.said ??= el.textContent ?? '';
      const m = measuredNow(el.dataset.measuredInput ?? '');
      const text = m
        ? t('calc.measuredCell', {
            value: formatNumber(m.value, locale),
            units: m.units,
            low: formatNumber(m.low, locale),
            high: formatNumber(m.high, locale),
          })
        : el.dataset.said;
      if (el.textContent !== text) el.textContent = text;
    }
  });

  // Stable across renders, so unchanged fields (memoised) are not re-rendered on every input.
  const actions = useMemo(() => {
    const settle = (next: Record<string, string>) => {
      clearTimeout(timer.current);
      touched.value = true;
      texts.value = next;
      settled.value = next;
    };
    return {
      /** Typing: the field follows at once, results once typing pauses. */
      type(name: string, text: string) {
        touched.value = true;
        texts.value = { ...texts.value, [name]: text };
        clearTimeout(timer.current);
        timer.current = setTimeout(() => (settled.value = texts.value), SETTLE_MS);
      },
      /** A slider move, a checkbox or leaving a field: everything follows at once. */
      commit(name: string, text: string) {
        settle({ ...texts.value, [name]: text });
      },
      setCurrency(next: Currency) {
        touched.value = true;
        currency.value = next;
      },
      reset() {
        settle(start());
        currency.value = initialCurrency;
      },
    };
  }, []);
  return { texts, currency, evaluation, good, measuredNow, ...actions };
}
