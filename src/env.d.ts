/** What a page render shares between its layout and the MDX components inside it. */
declare namespace App {
  interface Locals {
    /** The calculators an article places, so `<Value>` quotes the same scenario. */
    calculators?: import('./calculators/usage.ts').Usage[];
    /** Counts definition previews on the page, so each gets a unique id. */
    tips?: number;
    /** The source ids the page cites, in the order of its source list, to number citations. */
    citations?: string[];
    /** The newsletter, handed to on-demand routes by `npm start`'s server (src/server/main.ts). */
    newsletter?: import('./server/newsletter/handlers.ts').Newsletter;
    /** The client's network for rate limits, as the server worked it out (see server/http/origin.ts). */
    clientNetwork?: string;
  }
}
