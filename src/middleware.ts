/**
 * Astro's middleware: every page, prerendered at build or rendered on request, leaves with all its
 * `<style>` elements in the head (src/text/html.ts), so the HTML validates.
 */
import { defineMiddleware } from 'astro:middleware';
import { stylesToHead } from './text/html.ts';

/** Rewrites HTML responses; anything else (feeds, images, the API's JSON) passes untouched. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = stylesToHead(await response.text());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
