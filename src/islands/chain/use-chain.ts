import { useSignal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Role } from '../../analysis/columns.ts';
import type { Outcome, Request } from '../../analysis/session.ts';
import { MAX_BYTES } from '../../analysis/table.ts';

/** Where the data on screen came from. */
export type Source =
  | { kind: 'none' }
  | { kind: 'paste' }
  | { kind: 'sample' }
  | { kind: 'file'; name: string; reading: boolean };

/**
 * The tool's state as signals: the text in the box, where the data came from, whether it is
 * being analysed, and the outcome. The analysis runs in a worker started with the island (so
 * its code is fetched as the page loads, never once data is in it); only the latest request's
 * answer is kept, so a fast typist never sees an older table's result.
 */
export function useChain() {
  const text = useSignal('');
  const source = useSignal<Source>({ kind: 'none' });
  const outcome = useSignal<Outcome>({ kind: 'none' });
  const busy = useSignal(false);
  const worker = useRef<Worker>();
  const sent = useRef(0);
  const pending = useRef<{ id: number; request: Request; transfer: Transferable[] }>();

  useEffect(() => {
    const w = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<{ id: number; outcome: Outcome; text?: string }>) => {
      if (event.data.id !== sent.current) return;
      busy.value = false;
      if (event.data.text !== undefined) text.value = event.data.text;
      outcome.value = event.data.outcome;
      if (source.value.kind === 'file') source.value = { ...source.value, reading: false };
    };
    worker.current = w;
    if (pending.current) w.postMessage(pending.current, pending.current.transfer);
    return () => w.terminate();
  }, []);

  const actions = useMemo(() => {
    const ask = (request: Request, transfer: Transferable[] = []) => {
      const message = { id: ++sent.current, request, transfer };
      busy.value = true;
      if (worker.current) worker.current.postMessage({ id: message.id, request }, transfer);
      else pending.current = message;
    };
    return {
      /** Text typed or pasted into the box. */
      paste(next: string) {
        source.value = next.trim() ? { kind: 'paste' } : { kind: 'none' };
        text.value = next;
        ask({ kind: 'text', text: next });
      },
      sample(csv: string) {
        source.value = { kind: 'sample' };
        text.value = csv;
        ask({ kind: 'text', text: csv });
      },
      /**
       * A chosen or dropped file, refused unread when larger than MAX_BYTES; otherwise its
       * bytes go to the worker, which decodes them (UTF-8 or Windows-1252) or refuses them as
       * binary. Its text is shown in the box only when small.
       */
      async file(file: File) {
        text.value = '';
        if (file.size > MAX_BYTES) {
          source.value = { kind: 'file', name: file.name, reading: false };
          ++sent.current;
          busy.value = false;
          outcome.value = {
            kind: 'problems',
            problems: [{ code: 'tooLarge', bytes: file.size }],
            shape: null,
          };
          return;
        }
        source.value = { kind: 'file', name: file.name, reading: true };
        const bytes = await file.arrayBuffer();
        ask({ kind: 'bytes', bytes }, [bytes]);
      },
      choose(role: Role, index: number | null) {
        const shape = outcome.value.kind === 'none' ? null : outcome.value.shape;
        if (!shape) return;
        const columns = { ...shape.columns, [role]: index };
        ask({ kind: 'columns', columns });
      },
      clear() {
        source.value = { kind: 'none' };
        text.value = '';
        ask({ kind: 'text', text: '' });
      },
    };
  }, []);
  return { text, source, outcome, busy, ...actions };
}
