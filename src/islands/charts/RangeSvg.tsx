import type { RangeChart } from '../../charts/chart.ts';
import { rangeGeometry } from '../../charts/range.ts';
import Ticks from './Ticks.tsx';

interface Props {
  chart: RangeChart;
  width: number;
  labelledBy: string;
  format: (value: number) => string;
  words: { low: string; high: string };
}

/**
 * Bands from low to high with the central value as a diamond: the band's ends are labelled
 * "low" and "high" in words, so nothing depends on colour.
 */
export default function RangeSvg({ chart, width, labelledBy, format, words }: Props) {
  const g = rangeGeometry(chart, width);
  return (
    <svg
      viewBox={`0 0 ${g.width} ${g.height}`}
      width="100%"
      height={g.height}
      role="img"
      aria-labelledby={labelledBy}
      class="chart__svg"
    >
      <Ticks ticks={g.ticks} width={g.width} axisY={g.axisY} format={format} />
      <line x1={g.zero} x2={g.zero} y1={0} y2={g.axisY} class="chart__zero" />
      {g.reference && (
        <g>
          <line
            x1={g.reference.x}
            x2={g.reference.x}
            y1={0}
            y2={g.axisY}
            class="chart__reference"
          />
        </g>
      )}
      {g.rows.map((row) => {
        const low = row.low ?? row.central;
        const high = row.high ?? row.central;
        const wide = low != null && high != null && high - low > 150;
        return (
          <g key={row.label}>
            <text x={16} y={row.y + 14} class="chart__label">
              {row.label}
            </text>
            {low != null && high != null && (
              <rect
                x={Math.min(low, high)}
                y={row.y + 22}
                width={Math.max(2, Math.abs(high - low))}
                height={12}
                rx={3}
                class="chart__band"
              />
            )}
            {wide && row.low != null && row.high != null && (
              <>
                <text x={row.low} y={row.y + 48} class="chart__note">
                  {words.low}
                </text>
                <text x={row.high} y={row.y + 48} text-anchor="end" class="chart__note">
                  {words.high}
                </text>
              </>
            )}
            {row.central != null && (
              <path d={`M${row.central} ${row.y + 19}l9 9-9 9-9-9z`} class="chart__central" />
            )}
          </g>
        );
      })}
    </svg>
  );
}
