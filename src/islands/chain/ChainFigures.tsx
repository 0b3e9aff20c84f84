import type { ComponentChildren } from 'preact';
import type { Analysis } from '../../analysis/analysis.ts';
import { outputValues, plainDecimal, type OutputName } from '../../analysis/outputs.ts';
import { CHAIN_WORDS } from '../../i18n/chain.ts';
import type { Lang } from '../../i18n/lang.ts';
import { typeset } from '../../text/typography.ts';
import { words } from './words.ts';

interface Props {
  lang: Lang;
  analysis: Analysis | null;
  format: (x: number) => string;
}

/** Splits a template at its `{name}` placeholders and puts `parts` in their place. */
function template(text: string, parts: Record<string, ComponentChildren>): ComponentChildren[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 ? parts[piece] : piece));
}

/**
 * The headline figures, each an `<output>` whose `data-value` is the plain decimal ('' when
 * undefined, shown as a dash), so tests and scripts read the same numbers the reader sees.
 */
export default function ChainFigures({ lang, analysis, format }: Props) {
  const w = words(lang);
  const values = outputValues(analysis);
  const out = (name: OutputName, digits?: (x: number) => string) => {
    const v = values[name];
    return (
      <output name={name} data-value={plainDecimal(v)}>
        {v === null ? '—' : (digits ?? format)(v)}
      </output>
    );
  };
  const withInterval = (name: 'r' | 'slope' | 'elasticity') => (
    <>
      {out(name)}{' '}
      <span class="chain-tool__interval" hidden={values[name] === null}>
        (
        {template(typeset(CHAIN_WORDS[lang].interval, lang), {
          low: out(`${name}Low`),
          high: out(`${name}High`),
        })}
        )
      </span>
    </>
  );
  return (
    <dl class="chain-tool__figures">
      <div>
        <dt>{w('units')}</dt>
        <dd>{out('units', String)}</dd>
      </div>
      <div>
        <dt>{w('r')}</dt>
        <dd>{withInterval('r')}</dd>
      </div>
      <div>
        <dt>{w('slope')}</dt>
        <dd>
          {withInterval('slope')}
          <span class="chain-tool__unit">{w('slopeUnit')}</span>
        </dd>
      </div>
      <div>
        <dt>{w('elasticity')}</dt>
        <dd>
          {withInterval('elasticity')}
          <span class="chain-tool__unit">{w('elasticityUnit')}</span>
        </dd>
      </div>
    </dl>
  );
}
