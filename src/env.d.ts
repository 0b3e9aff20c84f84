/** What a page render shares between its layout and the MDX components inside it. */
declare namespace App {
  interface Locals {
    /** The calculators an article places, so `<Value>` quotes the same scenario. */
    calculators?: import('./calculators/usage').Usage[];
  }
}
