import Calculator from './Calculator.astro';
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Example from './Example.astro';
import Figure from './Figure.astro';
import Ours from './Ours.astro';
import Term from './Term.astro';
import Value from './Value.astro';
import YourChain from './YourChain.astro';

/** The components an MDX article may use without importing them. */
export const mdxComponents = {
  Calculator,
  Callout,
  Cite,
  Example,
  Figure,
  Ours,
  Term,
  Value,
  YourChain,
};
