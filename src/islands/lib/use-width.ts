import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

/** The width charts are laid out at before the browser measures (and on the server). */
export const DEFAULT_WIDTH = 640;

/** Tracks an element's content width, so a chart is redrawn at its real size, never stretched. */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const width = useSignal(DEFAULT_WIDTH);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? DEFAULT_WIDTH);
      if (next > 0 && Math.abs(next - width.value) > 2) width.value = next;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
