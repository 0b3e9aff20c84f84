import type { Lang } from '../i18n/lang.ts';

/** Typical silent reading speeds of non-fiction, in words per minute. */
export const WORDS_PER_MINUTE: Record<Lang, number> = { fr: 200, en: 230 };

/**
 * The words a reader reads in an MDX or Markdown source: code, import/export lines, HTML/JSX
 * tags, comments, link targets and Markdown markers are not words.
 * Example: `countWords('## Le *lien*\n\n<Cite id="x" /> Voir [la page](/a/).')` → 5.
 */
export function countWords(source: string): number {
  const prose = source
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(?:import|export)\s.*$/gm, ' ')
    .replace(/<!--[\s\S]*?-->|\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/`[^`]*`/g, ' ');
  return prose.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Minutes to read a text of `words` words, rounded up, never less than one:
 * minutes = max(1, ⌈words / WORDS_PER_MINUTE[lang]⌉). Example: 1 100 French words → 6.
 */
export function readingMinutes(words: number, lang: Lang): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE[lang]));
}
