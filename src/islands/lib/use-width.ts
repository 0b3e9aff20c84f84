import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';

/**
 * The widths a chart is drawn at before the browser has measured it (on the server, and until
 * the island hydrates, which may be when the reader first touches it): a phone's column and a
 * desktop's. Both are in the HTML and CSS shows the one that fits (a container query in
 * calculator.css), so the labels are never shrunk to an unreadable size.
 */
export const PRESET_WIDTHS = { narrow: 340, wide: 640 } as const;

/**
 * Tracks an element's content width, so a chart is redrawn at its real size, never stretched;
 * `null` until measured.
 */
export function useWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const width = useSignal<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0);
      if (next > 0 && Math.abs(next - (width.value ?? 0)) > 2) width.value = next;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
