import { useSignal } from '@preact/signals';
import type { Chart } from '../charts/chart.ts';
import { chartTable } from '../charts/table.ts';
import type { Unit } from '../calculators/unit.ts';
import { formatResult, type Currency } from '../calculators/numbers.ts';
import type { Lang } from '../i18n/lang.ts';
import { useWords } from './lib/words.ts';
import BarsSvg from './charts/BarsSvg.tsx';
import LineSvg from './charts/LineSvg.tsx';
import { TEXTURES } from './charts/Patterns.tsx';
import RangeSvg from './charts/RangeSvg.tsx';
import { PRESET_WIDTHS, useWidth } from './lib/use-width.ts';

interface Props {
  uid: string;
  chart: Chart;
  lang: Lang;
  currency: Currency;
  stale: boolean;
}

/**
 * A chart with its title and one-sentence summary as accessible name and caption, a legend in
 * words and textures, and a "see the data" table with the same numbers as the picture.
 */
export default function ChartFigure({ uid, chart, lang, currency, stale }: Props) {
  const t = useWords();
  const { ref, width } = useWidth<HTMLDivElement>();
  // The table is in the server HTML for readers without JavaScript; in the browser it is drawn
  // only while open, so a slider drag does not rebuild tables nobody is looking at.
  const open = useSignal(false);
  // Until measured, both preset drawings (CSS shows the one that fits); then one, at the real width.
  const variants: [string, number][] =
    chart.kind === 'chain'
      ? []
      : width.value == null
        ? Object.entries(PRESET_WIDTHS)
        : [['measured', width.value]];
  const id = `${uid}-${chart.id}`;
  const fmt =
    (unit: Unit, style: 'headline' | 'table' = 'headline') =>
    (v: number) =>
      formatResult(v, unit, { lang, currency }, style);
  const table = chartTable(chart, {
    low: t('calc.scenario.low'),
    central: t('calc.scenario.central'),
    high: t('calc.scenario.high'),
    value: t('calc.value'),
  });
  const legend =
    chart.kind === 'line'
      ? chart.series.map((s, i) => ({
          name: s.name,
          swatch: `line line--${i}${s.dashed || i > 0 ? ' line--dashed' : ''}`,
        }))
      : chart.kind === 'bars'
        ? [...new Set(chart.bars.flatMap((b) => b.segments.map((s) => s.name)))].map(
            (name, tone) => ({
              name,
              swatch: `tone-${tone % 7} texture-${chart.bars.some((b) => b.segments.some((s) => s.name === name && s.hatch)) ? 'hatch' : TEXTURES[tone % TEXTURES.length] || 'none'}`,
            }),
          )
        : chart.kind === 'range' && chart.reference
          ? [{ name: chart.reference.label, swatch: 'reference' }]
          : [];
  return (
    <figure
      class={`chart chart--${chart.kind}${stale ? ' chart--stale' : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <figcaption>
        <span class="chart__title" id={`${id}-title`}>
          {chart.title}
        </span>
        <span class="chart__summary">{chart.summary}</span>
        {stale && <span class="chart__summary">{t('calc.stale')}</span>}
      </figcaption>
      {legend.length > 1 || chart.kind === 'range' ? (
        <ul class="chart__legend" aria-label={t('calc.legend')}>
          {legend.map((item) => (
            <li key={item.name}>
              <span class={`swatch ${item.swatch}`} aria-hidden="true" />
              {item.name}
            </li>
          ))}
        </ul>
      ) : null}
      <div ref={ref} class="chart__canvas">
        {variants.map(([variant, w]) => (
          <div key={variant} class={`chart__variant chart__variant--${variant}`}>
            {chart.kind === 'range' && (
              <RangeSvg
                chart={chart}
                width={w}
                labelledBy={`${id}-title`}
                format={fmt(chart.unit)}
                words={{ low: t('calc.scenario.low'), high: t('calc.scenario.high') }}
              />
            )}
            {chart.kind === 'line' && (
              <LineSvg
                chart={chart}
                width={w}
                labelledBy={`${id}-title`}
                formatX={fmt(chart.x.unit)}
                formatY={fmt(chart.y.unit)}
              />
            )}
            {chart.kind === 'bars' && (
              <BarsSvg
                chart={chart}
                width={w}
                labelledBy={`${id}-title`}
                prefix={`${id}-${variant}`}
                format={fmt(chart.unit)}
              />
            )}
          </div>
        ))}
        {chart.kind === 'chain' && (
          <ol class="chain">
            {chart.steps.map((step) => (
              <li key={step.label}>
                <span>{step.label}</span>
                <strong>{(step.value > 0 ? '+' : '') + fmt(step.unit)(step.value)}</strong>
              </li>
            ))}
          </ol>
        )}
      </div>
      {chart.kind !== 'chain' && (
        <details class="chart__data" onToggle={(e) => (open.value = e.currentTarget.open)}>
          <summary>{t('calc.data')}</summary>
          {(open.value || typeof window === 'undefined') && (
            <div class="table-scroll">
              <table>
                <caption class="visually-hidden">{chart.title}</caption>
                <thead>
                  <tr>
                    {table.columns.map((c, i) => (
                      <th scope="col" key={i}>
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {table.rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((cell, i) =>
                        typeof cell === 'string' ? (
                          <th scope="row" key={i}>
                            {cell}
                          </th>
                        ) : (
                          <td key={i}>
                            {cell.value == null ? '—' : fmt(cell.unit, 'table')(cell.value)}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
    </figure>
  );
}
