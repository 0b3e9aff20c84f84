/**
 * One CSV line (RFC 4180): fields with a comma, quote or line break are quoted, quotes doubled.
 * A field starting with `= + - @` or a tab gets a leading `'`, so a spreadsheet never runs it as a
 * formula (CSV injection); a field that already starts that way after quotes gets one more, so
 * `parseCsv` gives every field back exactly.
 */
export function csvLine(fields: (string | number | null)[]): string {
  return fields
    .map((field) => {
      let text = field === null ? '' : String(field);
      if (/^'*[=+\-@\t\r]/.test(text)) text = `'${text}`;
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(',');
}

/**
 * Reads CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields;
 * the `'` that `csvLine` put before a formula-like field is taken off again.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const push = () => {
    row.push(/^'+[=+\-@\t\r]/.test(field) ? field.slice(1) : field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') push();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      push();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    push();
    rows.push(row);
  }
  return rows;
}
