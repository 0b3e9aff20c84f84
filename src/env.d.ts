/** What a page render shares between its layout and the MDX components inside it. */
declare namespace App {
  interface Locals {
    /** The calculators an article places, so `<Value>` quotes the same scenario. */
    calculators?: import('./calculators/usage').Usage[];
    /** Counts definition previews on the page, so each gets a unique id. */
    tips?: number;
    /** The source ids the page cites, in the order of its source list, to number citations. */
    citations?: string[];
  }
}
