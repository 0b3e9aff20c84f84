import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Figure from './Figure.astro';

/** The components an MDX article may use without importing them. */
export const mdxComponents = { Callout, Cite, Figure };
