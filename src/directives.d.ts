import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates when the reader asks for search (see `src/islands/search/directive.ts`). */
    'client:search'?: boolean;
    /**
     * Hydrates when the reader first points at or touches the island; `"query"`: at once when
     * the address has a query string (see `src/islands/lib/intent.ts`).
     */
    'client:intent'?: boolean | 'query';
  }
}
