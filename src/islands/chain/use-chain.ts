import { useComputed, useSignal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import { analyse, type Analysis } from '../../analysis/analysis.ts';
import { guessColumns, type Columns, type Role } from '../../analysis/columns.ts';
import {
  decodeBytes,
  isProblem,
  MAX_BYTES,
  readTable,
  type Table,
  type TableProblem,
} from '../../analysis/table.ts';
import { readUnits, type Unit, type UnitProblem } from '../../analysis/units.ts';

/** Where the data on screen came from. */
export type Source =
  | { kind: 'none' }
  | { kind: 'paste' }
  | { kind: 'sample' }
  | { kind: 'file'; name: string; reading: boolean };

/** What the tool shows for the data as it stands. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'problems'; problems: (TableProblem | UnitProblem)[]; table: Table | null }
  | { kind: 'analysis'; analysis: Analysis; units: Unit[]; table: Table };

/** Texts longer than this stay out of the text box (a file's), which would slow every keystroke. */
const SHOWN_MAX = 200_000;

/**
 * The tool's state as signals: the data's text and where it came from, the columns the reader
 * chose, and the outcome computed from them (the table parsed once per text, the units and the
 * analysis again when a column changes). Nothing leaves the page: files are read in the browser.
 */
export function useChain() {
  const text = useSignal('');
  const source = useSignal<Source>({ kind: 'none' });
  const fileProblem = useSignal<TableProblem | null>(null);
  const chosen = useSignal<Partial<Columns>>({});
  const table = useComputed(() => (text.value.trim() === '' ? null : readTable(text.value)));
  const columns = useComputed<Columns | null>(() => {
    const t = table.value;
    if (!t || isProblem(t)) return null;
    return { ...guessColumns(t.headers), ...chosen.value };
  });
  const outcome = useComputed<Outcome>(() => {
    if (fileProblem.value) return { kind: 'problems', problems: [fileProblem.value], table: null };
    const t = table.value;
    if (t === null) {
      const file = source.value.kind === 'file' && !source.value.reading;
      return file
        ? { kind: 'problems', problems: [{ code: 'empty' }], table: null }
        : { kind: 'none' };
    }
    if (isProblem(t)) return { kind: 'problems', problems: [t], table: null };
    const units = readUnits(t, columns.value!);
    if (units.length && 'code' in units[0]!)
      return { kind: 'problems', problems: units as UnitProblem[], table: t };
    const checked = units as Unit[];
    const analysis = analyse(checked);
    return {
      kind: 'analysis',
      analysis,
      units: checked.filter((u) => u.period === analysis.period),
      table: t,
    };
  });
  /** The text shown in the box: the data, unless a large file's (what was pasted stays). */
  const shown = useComputed(() =>
    source.value.kind === 'file' && text.value.length > SHOWN_MAX ? '' : text.value,
  );

  const actions = useMemo(
    () => ({
      /** Text typed or pasted into the box. */
      paste(next: string) {
        fileProblem.value = null;
        source.value = next.trim() ? { kind: 'paste' } : { kind: 'none' };
        chosen.value = {};
        text.value = next;
      },
      sample(csv: string) {
        fileProblem.value = null;
        source.value = { kind: 'sample' };
        chosen.value = {};
        text.value = csv;
      },
      /**
       * A chosen or dropped file, refused unread when larger than MAX_BYTES; otherwise read
       * as UTF-8 or Windows-1252 (`decodeBytes`), or refused as binary.
       */
      async file(file: File) {
        chosen.value = {};
        text.value = '';
        fileProblem.value = null;
        if (file.size > MAX_BYTES) {
          source.value = { kind: 'file', name: file.name, reading: false };
          fileProblem.value = { code: 'tooLarge', bytes: file.size };
          return;
        }
        source.value = { kind: 'file', name: file.name, reading: true };
        const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
        // Let the "reading" status paint before a large table (over 1 MB) is parsed.
        if (file.size > 1_000_000) await new Promise((resolve) => requestAnimationFrame(resolve));
        source.value = { kind: 'file', name: file.name, reading: false };
        if (decoded === null) fileProblem.value = { code: 'binary' };
        else text.value = decoded;
      },
      choose(role: Role, index: number | null) {
        chosen.value = { ...chosen.value, [role]: index };
      },
      clear() {
        fileProblem.value = null;
        source.value = { kind: 'none' };
        chosen.value = {};
        text.value = '';
      },
    }),
    [],
  );
  return { text, shown, source, table, columns, outcome, ...actions };
}
