/**
 * A coefficient measured on the reader's own data (the "your chain" tool), handed to a
 * calculator through its URL: `?elasticity=0.55&measured=elasticity:24:0.32:0.78` sets the
 * input and says it was measured on 24 units with that 95 % interval. Only derived numbers
 * travel; the reader's table never does.
 */
import { formatUrlNumber, parseUrlNumber } from './numbers.ts';

/** A coefficient measured on the reader's units, with its 95 % interval. */
export interface Measured {
  value: number;
  units: number;
  low: number;
  high: number;
}

/**
 * The query that opens a calculator with `name` set to a measured value.
 * Example: measuredQuery('elasticity', { value: 0.55, units: 24, low: 0.32, high: 0.78 }) →
 * `elasticity=0.55&measured=elasticity%3A24%3A0.32%3A0.78`.
 */
export function measuredQuery(name: string, m: Measured): string {
  const params = new URLSearchParams();
  params.set(name, formatUrlNumber(m.value));
  params.set(
    'measured',
    [name, m.units, formatUrlNumber(m.low), formatUrlNumber(m.high)].join(':'),
  );
  return params.toString();
}

/**
 * Reads the measured coefficients of a query, keeping only well-formed ones for inputs in
 * `names`: a whole number of units (3 or more) and an interval that holds the input's value.
 * Anything else is ignored, so a hand-edited link cannot claim a measure it does not carry.
 */
export function readMeasured(query: string, names: readonly string[]): Record<string, Measured> {
  const params = new URLSearchParams(query);
  const out: Record<string, Measured> = {};
  for (const entry of params.getAll('measured')) {
    const [name, units, low, high, ...rest] = entry.split(':');
    if (!name || !names.includes(name) || rest.length) continue;
    const nums = [params.get(name) ?? '', units ?? '', low ?? '', high ?? ''].map(parseUrlNumber);
    if (!nums.every((p) => p.ok)) continue;
    const [value, n, lo, hi] = nums.map((p) => (p.ok ? p.value : NaN)) as [
      number,
      number,
      number,
      number,
    ];
    if (!Number.isInteger(n) || n < 3 || !(lo <= value && value <= hi)) continue;
    out[name] = { value, units: n, low: lo, high: hi };
  }
  return out;
}
