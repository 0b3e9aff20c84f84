/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
 * A field starting with `= + - @` or a tab gets a leading `'`, so a spreadsheet never runs it as a
 * formula (CSV injection).
 */
export function csvLine(fields: (string | number | null)[]): string {
  return fields
    .map((field) => {
      let text = field === null ? '' : String(field);
      if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}
