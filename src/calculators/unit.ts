/**
 * What a number measures; it picks the formatting, the suffix shown beside a field and the
 * precision of a result. `money` follows the reader's currency and is never converted.
 */
export const UNITS = [
  'money',
  'percent',
  'pp',
  'points',
  'count',
  'months',
  'years',
  'days',
  'hours',
  'weeks',
  'ratio',
  'flag',
] as const;

/** One of `UNITS`. */
export type Unit = (typeof UNITS)[number];
