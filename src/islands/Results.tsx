import type { ComponentChildren } from 'preact';
import type { Evaluation } from '../calculators/check.ts';
import type { AnyDeclaration, Output } from '../calculators/model.ts';
import { formatResult, type Currency } from '../calculators/numbers.ts';
import type { Lang } from '../i18n/lang.ts';
import { useWords } from './lib/words.ts';

interface Props {
  declaration: AnyDeclaration;
  lang: Lang;
  currency: Currency;
  evaluation: Evaluation;
}

/** Replaces `{low}` and `{high}` in a sentence with elements, keeping the words in i18n. */
function sentence(template: string, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  return template.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? parts[piece] : piece));
}

/**
 * The results: the headline with its band (a polite status region, so it is announced once
 * typing pauses), the reason for the band's width, then every other output. Each value is an
 * `<output name data-value>` holding the unrounded number, or `data-value=""` when undefined.
 */
export default function Results({ declaration, lang, currency, evaluation }: Props) {
  const t = useWords();
  const ctx = { lang, currency };
  const byName = new Map(declaration.outputs.map((o) => [o.name, o]));
  const value = (name: string) => (evaluation.ok ? evaluation.results[name] : null);
  const out = (name: string, style: 'headline' | 'table' = 'headline') => {
    const output = byName.get(name) as Output;
    const v = value(name);
    const text =
      v != null
        ? formatResult(v, output.unit, ctx, style)
        : evaluation.ok
          ? t('calc.notReached')
          : '—';
    return (
      <output name={name} data-value={v == null ? '' : String(v)} aria-live="off">
        {text}
      </output>
    );
  };
  const [headline, ...others] = declaration.bands;
  const shown = new Set(declaration.bands.flatMap((b) => [b.central, b.low, b.high]));
  const rest = declaration.outputs.map((o) => o.name).filter((n) => !shown.has(n));
  const details = [
    ...declaration.details.filter((n) => rest.includes(n)),
    ...rest.filter((n) => !declaration.details.includes(n)),
  ];
  return (
    <div class="calc__results">
      {headline && (
        <div class="calc__headline" role="status" aria-atomic="true">
          <p class="calc__label">
            {byName.get(headline.central)?.label[lang]} <span>({t('calc.central')})</span>
          </p>
          <p class="calc__figure">{out(headline.central)}</p>
          <p class="calc__band">
            {sentence(t('calc.band'), { low: out(headline.low), high: out(headline.high) })}
          </p>
          {!evaluation.ok && <p class="calc__invalid">{t('calc.unavailable')}</p>}
        </div>
      )}
      <p class="calc__reason">{declaration.bandReason[lang]}</p>
      <dl class="calc__details">
        {others.map((band) => (
          <div key={band.central}>
            <dt>{byName.get(band.central)?.label[lang]}</dt>
            <dd>
              {out(band.central)}{' '}
              <span class="calc__minor">
                ({sentence(t('calc.bandShort'), { low: out(band.low), high: out(band.high) })})
              </span>
            </dd>
          </div>
        ))}
        {details.map((name) => (
          <div key={name}>
            <dt>{byName.get(name)?.label[lang]}</dt>
            <dd>{out(name)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
