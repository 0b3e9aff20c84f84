import { useSignal } from '@preact/signals';
import type { ComponentChildren, Ref } from 'preact';
import { useMemo } from 'preact/hooks';
import { scatterGeometry, type Dot } from '../../charts/scatter.ts';
import type { Lang } from '../../i18n/lang.ts';
import { useWidth } from '../lib/use-width.ts';
import { words } from './words.ts';

/** Above this many units, dots are drawn as one shape and the data table is the way in. */
const VISITABLE = 400;

interface Props {
  uid: string;
  lang: Lang;
  dots: readonly Dot[];
  /** Names of the units set apart, drawn hollow and larger. */
  apart: ReadonlySet<string>;
  /** Names of the units with fewer than 5 respondents, drawn hollow. */
  thin: ReadonlySet<string>;
  format: (x: number) => string;
}

/**
 * The scatter plot: the band, the line, then one dot per unit. The dots are one stop in the
 * tab order; arrow keys, Home and End move between units (ordered by employee score), each
 * announced by name and scores and labelled on the plot while focused.
 */
export default function ScatterPlot({ uid, lang, dots, apart, thin, format }: Props) {
  const w = words(lang);
  const { ref, width } = useWidth<HTMLDivElement>();
  const active = useSignal(0);
  // Drawn once the width is known, so a large plot is laid out once, at its real size.
  const measured = width.value;
  const g = useMemo(
    () => (measured === null ? null : scatterGeometry(dots, measured)),
    [dots, measured],
  );
  if (!g) return <Frame uid={uid} lang={lang} many={dots.length > VISITABLE} canvas={ref} />;
  const visitable = g.dots.length <= VISITABLE;
  const current = Math.min(active.value, g.dots.length - 1);
  const move = (e: KeyboardEvent) => {
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowUp: 1,
      ArrowLeft: -1,
      ArrowDown: -1,
      Home: -Infinity,
      End: Infinity,
    };
    const delta = step[e.key];
    if (delta === undefined) return;
    e.preventDefault();
    const next = Math.max(0, Math.min(g.dots.length - 1, current + delta));
    active.value = next;
    const svg = e.currentTarget as SVGElement;
    svg.querySelectorAll<SVGElement>('[data-dot]')[next]?.focus();
  };
  const label = (d: Dot) => {
    const dot = w('dot', { name: d.name, x: format(d.x), y: format(d.y) });
    const notes = [apart.has(d.name) && w('apart'), thin.has(d.name) && w('thin')].filter(Boolean);
    return notes.length ? w('dotNote', { dot, note: notes.join(', ') }) : dot;
  };
  const focused = g.dots[current];
  return (
    <Frame uid={uid} lang={lang} many={!visitable} canvas={ref}>
      <svg
        viewBox={`0 0 ${g.width} ${g.height}`}
        width="100%"
        height={g.height}
        role="group"
        aria-labelledby={`${uid}-chart-title`}
        class="chart__svg"
        onKeyDown={visitable ? move : undefined}
      >
        {g.yTicks.map((tick) => (
          <g key={tick.value} aria-hidden="true">
            <line x1={g.plot.left} x2={g.plot.right} y1={tick.y} y2={tick.y} class="chart__grid" />
            <text x={g.plot.left - 8} y={tick.y + 4} text-anchor="end" class="chart__tick">
              {format(tick.value)}
            </text>
          </g>
        ))}
        {g.xTicks.map((tick) => (
          <text
            key={tick.value}
            x={tick.x}
            y={g.plot.bottom + 18}
            text-anchor="middle"
            class="chart__tick"
            aria-hidden="true"
          >
            {format(tick.value)}
          </text>
        ))}
        <g aria-hidden="true">
          <text
            x={(g.plot.left + g.plot.right) / 2}
            y={g.height - 4}
            text-anchor="middle"
            class="chart__axis"
          >
            {w('employee')}
          </text>
          <text
            x={14}
            y={(g.plot.top + g.plot.bottom) / 2}
            text-anchor="middle"
            transform={`rotate(-90 14 ${(g.plot.top + g.plot.bottom) / 2})`}
            class="chart__axis"
          >
            {w('customer')}
          </text>
          {g.band && <path d={g.band} class="chain-tool__band" />}
          {g.fit && <path d={g.fit} class="chart__line chart__line--0" />}
        </g>
        {visitable ? (
          g.dots.map((d, i) => (
            <circle
              key={`${d.name}-${i}`}
              data-dot
              cx={d.cx}
              cy={d.cy}
              r={apart.has(d.name) ? 6 : 4.5}
              class={`chain-tool__dot${apart.has(d.name) ? ' chain-tool__dot--apart' : thin.has(d.name) ? ' chain-tool__dot--thin' : ''}`}
              role="img"
              aria-label={label(d)}
              tabIndex={i === current ? 0 : -1}
              onFocus={() => (active.value = i)}
            />
          ))
        ) : (
          <path
            aria-hidden="true"
            class="chain-tool__dots"
            d={g.dots.map((d) => `M${Math.round(d.cx)},${Math.round(d.cy)}h0`).join('')}
          />
        )}
        {visitable && focused && (
          <text
            aria-hidden="true"
            class="chart__label chain-tool__focus-label"
            x={focused.cx + (focused.cx > (g.plot.left + g.plot.right) / 2 ? -10 : 10)}
            y={Math.max(g.plot.top + 10, focused.cy - 10)}
            text-anchor={focused.cx > (g.plot.left + g.plot.right) / 2 ? 'end' : 'start'}
          >
            {focused.name}
          </text>
        )}
      </svg>
    </Frame>
  );
}

/** The figure around the plot: its title, how to read and move through it, the canvas. */
function Frame({
  uid,
  lang,
  many,
  canvas,
  children,
}: {
  uid: string;
  lang: Lang;
  many: boolean;
  canvas: Ref<HTMLDivElement>;
  children?: ComponentChildren;
}) {
  const w = words(lang);
  return (
    <figure class="chart chain-tool__chart" aria-labelledby={`${uid}-chart-title`}>
      <figcaption>
        <span class="chart__title" id={`${uid}-chart-title`}>
          {w('chart')}
        </span>
        <span class="chart__summary">{many ? w('chartMany') : w('chartSummary')}</span>
      </figcaption>
      <div ref={canvas} class="chart__canvas">
        {children}
      </div>
    </figure>
  );
}
