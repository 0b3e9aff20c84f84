/** Edge tick labels grow inwards so they are never cut off. */
const anchor = (x: number, width: number) => (x > width - 40 ? 'end' : x < 40 ? 'start' : 'middle');

interface Props {
  ticks: { x: number; value: number }[];
  width: number;
  axisY: number;
  format: (value: number) => string;
}

/** The vertical grid lines and value labels of a horizontal value axis (range and bar charts). */
export default function Ticks({ ticks, width, axisY, format }: Props) {
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={0} y2={axisY} class="chart__grid" />
          <text x={tick.x} y={axisY + 18} text-anchor={anchor(tick.x, width)} class="chart__tick">
            {format(tick.value)}
          </text>
        </g>
      ))}
    </>
  );
}
