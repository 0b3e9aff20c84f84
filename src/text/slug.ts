/**
 * A URL slug from a title in any Latin-script language: accents dropped, ligatures spelled out,
 * lowercase ASCII words joined by hyphens, cut at a word boundary to at most `max` characters.
 * Example: `slugify('Œuvrer : « l’équipe » d’abord !')` → `oeuvrer-l-equipe-d-abord`.
 */
export function slugify(title: string, max = 80): string {
  const words = title
    .replace(/[Œœ]/g, (c) => (c === 'Œ' ? 'OE' : 'oe'))
    .replace(/[Ææ]/g, (c) => (c === 'Æ' ? 'AE' : 'ae'))
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) return slug || word.slice(0, max);
    slug = next;
  }
  return slug;
}
