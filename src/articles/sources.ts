/**
 * Where a source can be read: its DOI when it has one, else its URL, labelled without the
 * scheme; `undefined` when it has neither.
 * Example: `sourceLink({ doi: '10.1/x' })` → `{ href: 'https://doi.org/10.1/x', label: 'doi:10.1/x' }`.
 */
export function sourceLink(data: {
  doi?: string | undefined;
  url?: string | undefined;
}): { href: string; label: string } | undefined {
  if (data.doi) return { href: `https://doi.org/${data.doi}`, label: `doi:${data.doi}` };
  if (data.url) return { href: data.url, label: data.url.replace(/^https?:\/\//, '') };
  return undefined;
}
