import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates when the reader asks for search (see `src/islands/search/directive.ts`). */
    'client:search'?: boolean;
    /** Hydrates when the reader first touches the island (see `src/islands/newsletter/directive.ts`). */
    'client:intent'?: boolean;
  }
}
