/**
 * What a number measures; it picks the formatting, the suffix shown beside a field and the
 * precision of a result. `money` follows the reader's currency and is never converted.
 */
export type Unit =
  | 'money'
  | 'percent'
  | 'pp'
  | 'points'
  | 'count'
  | 'months'
  | 'years'
  | 'days'
  | 'hours'
  | 'weeks'
  | 'ratio'
  | 'flag';
