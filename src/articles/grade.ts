/** Confidence grades of the evidence base, strongest first (see the sources legend). */
export const GRADES = ['high', 'medium', 'low', 'unconfirmed'] as const;

/** How sure the site is of a figure: shown next to every citation. */
export type Grade = (typeof GRADES)[number];
