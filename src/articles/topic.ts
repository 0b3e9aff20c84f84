/** The topics the reference list is grouped by, in the order the sources page shows them. */
export const TOPICS = [
  'chain',
  'climate',
  'engagement',
  'customers',
  'people',
  'frontline',
] as const;

/** One topic of the reference list. */
export type Topic = (typeof TOPICS)[number];
