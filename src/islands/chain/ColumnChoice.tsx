import { ROLES, type Columns, type Role } from '../../analysis/columns.ts';
import { ROLE_NAMES } from '../../analysis/messages.ts';
import type { Lang } from '../../i18n/lang.ts';
import { words } from './words.ts';

interface Props {
  uid: string;
  lang: Lang;
  headers: readonly string[];
  columns: Columns;
  onChoose: (role: Role, index: number | null) => void;
}

/** One list per role, naming the reader's own headers; the first three are required. */
export default function ColumnChoice({ uid, lang, headers, columns, onChoose }: Props) {
  const w = words(lang);
  return (
    <fieldset class="chain-tool__columns">
      <legend>{w('columns')}</legend>
      <p class="chain-tool__help">{w('columnsHelp')}</p>
      <div class="chain-tool__column-grid">
        {ROLES.map((role, i) => (
          <div class="field" key={role}>
            <label for={`${uid}-col-${role}`}>
              {ROLE_NAMES[role][lang]}
              {i < 3 ? <span aria-hidden="true"> *</span> : null}
            </label>
            <select
              id={`${uid}-col-${role}`}
              name={`column-${role}`}
              required={i < 3}
              value={columns[role] === null ? '' : String(columns[role])}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChoose(role, value === '' ? null : Number(value));
              }}
            >
              <option value="">{w('none')}</option>
              {headers.map((h, index) => (
                <option key={index} value={String(index)}>
                  {h || `#${index + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
