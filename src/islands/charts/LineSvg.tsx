import type { LineChart } from '../../charts/chart.ts';
import { lineGeometry } from '../../charts/line.ts';

interface Props {
  chart: LineChart;
  width: number;
  labelledBy: string;
  formatX: (value: number) => string;
  formatY: (value: number) => string;
}

/**
 * Lines over x with axes, the shaded gap between the first two series and labelled marks.
 * Series differ by dash as well as colour; marks carry their label in words.
 */
export default function LineSvg({ chart, width, labelledBy, formatX, formatY }: Props) {
  const g = lineGeometry(chart, width);
  const { plot } = g;
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      width="100%"
      height={g.height}
      role="img"
      aria-labelledby={labelledBy}
      class="chart__svg"
    >
      {g.yTicks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} class="chart__grid" />
          <text x={plot.left - 8} y={tick.y + 4} text-anchor="end" class="chart__tick">
            {formatY(tick.value)}
          </text>
        </g>
      ))}
      {g.xTicks.map((tick) => (
        <text
          key={tick.value}
          x={tick.x}
          y={plot.bottom + 18}
          text-anchor={tick.x > plot.right - 30 ? 'end' : 'middle'}
          class="chart__tick"
        >
          {formatX(tick.value)}
        </text>
      ))}
      <text
        x={(plot.left + plot.right) / 2}
        y={g.height - 4}
        text-anchor="middle"
        class="chart__axis"
      >
        {chart.x.label}
      </text>
      <line x1={plot.left} x2={plot.right} y1={g.zeroY} y2={g.zeroY} class="chart__zero" />
      {g.shade && <path d={g.shade} class="chart__shade" />}
      {g.paths.map((path, i) => (
        <path
          key={path.name}
          d={path.d}
          class={`chart__line chart__line--${i}${path.dashed || i > 0 ? ' chart__line--dashed' : ''}`}
        />
      ))}
      {g.marks.map((mark) => {
        const right = mark.x > (plot.left + plot.right) / 2;
        return (
          <g key={mark.label}>
            <circle cx={mark.x} cy={mark.y} r={5} class="chart__mark" />
            <text
              x={mark.x + (right ? -10 : 10)}
              y={Math.max(plot.top + 10, mark.y - 10)}
              text-anchor={right ? 'end' : 'start'}
              class="chart__label"
            >
              {mark.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
