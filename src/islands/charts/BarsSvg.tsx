import type { BarChart } from '../../charts/chart.ts';
import { BAR, barGeometry } from '../../charts/bars.ts';
import Patterns, { TEXTURES } from './Patterns.tsx';
import Ticks from './Ticks.tsx';

interface Props {
  chart: BarChart;
  width: number;
  labelledBy: string;
  prefix: string;
  format: (value: number) => string;
}

/**
 * Stacked horizontal bars; each segment has a tone and a texture (a hatched segment is the one
 * to look at), and its value written inside when it fits.
 */
export default function BarsSvg({ chart, width, labelledBy, prefix, format }: Props) {
  const g = barGeometry(chart, width);
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      width="100%"
      height={g.height}
      role="img"
      aria-labelledby={labelledBy}
      class="chart__svg"
    >
      <Patterns prefix={prefix} />
      <Ticks ticks={g.ticks} width={g.width} axisY={g.axisY} format={format} />
      {g.bars.map((bar) => (
        <g key={bar.label}>
          <text x={16} y={bar.y + 14} class="chart__label">
            {bar.label}
          </text>
          {bar.segments.map((s) => {
            const texture = s.hatch ? 'hatch' : TEXTURES[s.tone % TEXTURES.length];
            const text = format(s.value);
            return (
              <g key={s.name}>
                <rect
                  x={s.x}
                  y={bar.y + 22}
                  width={s.width}
                  height={BAR}
                  class={`chart__segment tone-${s.tone % 7}${s.hatch ? ' chart__segment--hatch' : ''}`}
                />
                {texture && (
                  <rect
                    x={s.x}
                    y={bar.y + 22}
                    width={s.width}
                    height={BAR}
                    fill={`url(#${prefix}-${texture})`}
                  />
                )}
                {s.width > text.length * 7.5 + 8 && (
                  <text
                    x={s.x + s.width / 2}
                    y={bar.y + 22 + BAR / 2 + 4}
                    text-anchor="middle"
                    class="chart__value"
                  >
                    {text}
                  </text>
                )}
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}
