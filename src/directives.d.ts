import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates when the reader asks for search (see `src/islands/search/directive.ts`). */
    'client:search'?: boolean;
  }
}
