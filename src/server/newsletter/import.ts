import { isLang } from '../../i18n/lang.ts';
import { parseCsv } from './csv.ts';
import { checkEmail } from '../../newsletter/email.ts';
import type { Imported } from './subscribers.ts';

/** The columns an import needs: the ones `export` writes, so every row carries its consent. */
export const IMPORT_COLUMNS = [
  'email',
  'lang',
  'signup_at',
  'consent_version',
  'source',
  'confirmed_at',
] as const;

/**
 * Reads an import file (CSV with the `export` columns, in any order) into rows, or every problem
 * found, each with its line number, so a bad file imports nothing and says what to fix.
 */
export function readImport(
  text: string,
): { ok: true; rows: Imported[] } | { ok: false; problems: string[] } {
  const [header = [], ...lines] = parseCsv(text.replace(/^\uFEFF/, ''));
  const at = new Map(header.map((name, i) => [name.trim().toLowerCase(), i]));
  const missing = IMPORT_COLUMNS.filter((c) => !at.has(c));
  if (missing.length)
    return { ok: false, problems: [`line 1: missing column(s) ${missing.join(', ')}`] };
  const problems: string[] = [];
  const rows: Imported[] = [];
  lines.forEach((fields, index) => {
    if (fields.length === 1 && fields[0] === '') return;
    const get = (column: (typeof IMPORT_COLUMNS)[number]) => (fields[at.get(column)!] ?? '').trim();
    const line = `line ${index + 2}`;
    const email = checkEmail(get('email'));
    const lang = get('lang');
    const consentAt = Date.parse(get('signup_at'));
    const confirmedAt = Date.parse(get('confirmed_at'));
    const bad = [
      !email.ok && `email "${get('email')}" (${email.problem})`,
      !isLang(lang) && `lang "${lang}" (fr or en)`,
      Number.isNaN(consentAt) && `signup_at "${get('signup_at')}" (an ISO date)`,
      Number.isNaN(confirmedAt) && `confirmed_at "${get('confirmed_at')}" (an ISO date)`,
      get('consent_version') === '' && 'consent_version (empty)',
    ].filter(Boolean);
    if (bad.length || !email.ok || !isLang(lang)) {
      problems.push(`${line}: ${bad.join('; ')}`);
      return;
    }
    rows.push({
      email: email.email,
      lang,
      consentAt,
      consentVersion: get('consent_version'),
      source: get('source') || 'import',
      confirmedAt,
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}
