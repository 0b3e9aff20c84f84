import { useSignal } from '@preact/signals';
import type { Analysis } from '../../analysis/analysis.ts';
import type { Unit } from '../../analysis/units.ts';
import type { Lang } from '../../i18n/lang.ts';
import { words } from './words.ts';

/** The most rows the table draws; beyond, it says how many it leaves out. */
const SHOWN = 500;

interface Props {
  lang: Lang;
  analysis: Analysis;
  units: readonly Unit[];
  format: (x: number) => string;
}

/**
 * The plot's data as a table, for readers who do not see the plot: each unit of the period
 * analysed with its scores, respondents when known, and whether it is set apart or thin.
 * Drawn only while open.
 */
export default function DataTable({ lang, analysis, units, format }: Props) {
  const w = words(lang);
  const open = useSignal(false);
  const apart = new Set(analysis.outlying);
  const thin = new Set(analysis.thin);
  const respondents = units.some((u) => u.respondents !== undefined);
  return (
    <details class="chart__data" onToggle={(e) => (open.value = e.currentTarget.open)}>
      <summary>{w('data')}</summary>
      {open.value && (
        <div class="table-scroll">
          {units.length > SHOWN && <p>{w('dataFirst', { shown: SHOWN, total: units.length })}</p>}
          <table>
            <caption class="visually-hidden">{w('chart')}</caption>
            <thead>
              <tr>
                <th scope="col">{w('unit')}</th>
                <th scope="col">{w('employee')}</th>
                <th scope="col">{w('customer')}</th>
                {respondents && <th scope="col">{w('respondents')}</th>}
                <th scope="col">{w('note')}</th>
              </tr>
            </thead>
            <tbody>
              {units.slice(0, SHOWN).map((u) => (
                <tr key={u.line}>
                  <th scope="row">{u.name}</th>
                  <td>{format(u.employee)}</td>
                  <td>{format(u.customer)}</td>
                  {respondents && (
                    <td>{u.respondents === undefined ? '—' : format(u.respondents)}</td>
                  )}
                  <td>
                    {[apart.has(u.name) && w('apart'), thin.has(u.name) && w('thin')]
                      .filter(Boolean)
                      .join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
