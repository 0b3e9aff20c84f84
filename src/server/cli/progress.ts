/**
 * A one-line progress bar for the terminal: `[██████░░░░]  60 % 600/1000`, `width` cells wide.
 * The filled part is `⌊width · done / total⌋` cells; an empty total counts as done.
 */
export function progressBar(done: number, total: number, width = 30): string {
  const share = total <= 0 ? 1 : Math.min(1, Math.max(0, done / total));
  const filled = Math.floor(width * share);
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${percent} % ${done}/${total}`;
}
