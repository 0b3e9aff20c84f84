import type { ClientDirective } from 'astro';

/**
 * What shows the reader means to use the island: a pointer over it, a press, a focus, a key.
 * A mouse passing over starts the download a moment before the click that needs it.
 */
const INTENT = ['pointerover', 'pointerdown', 'focusin', 'keydown'] as const;

/** Form controls whose state the reader changed before the code arrived. */
function changedControls(island: HTMLElement): HTMLElement[] {
  const controls = island.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select');
  return [...controls].filter((el) =>
    el instanceof HTMLSelectElement
      ? [...el.options].some((o) => o.selected !== o.defaultSelected)
      : el.type === 'checkbox' || el.type === 'radio'
        ? el.checked !== el.defaultChecked
        : el.value !== el.defaultValue,
  );
}

/**
 * Tells the hydrated island what the reader did while its code was on the way: each changed
 * control gets an `input` event (and a `change` one, unless it is a text box still being
 * typed in), each opened `<details>` a `toggle`, and each held button press is pressed again.
 */
function replay(island: HTMLElement, presses: HTMLElement[]): void {
  for (const el of changedControls(island)) {
    el.dispatchEvent(new Event('input', { bubbles: true }));
    const typing = el instanceof HTMLInputElement && !/^(checkbox|radio|range)$/.test(el.type);
    if (!typing) el.dispatchEvent(new Event('change', { bubbles: true }));
  }
  for (const details of island.querySelectorAll('details[open]')) {
    details.dispatchEvent(new Event('toggle'));
  }
  for (const el of presses) if (el.isConnected) el.click();
}

/**
 * `client:intent`: hydrates an island when the reader first points at, presses, focuses or
 * types in it, so a page where nobody touches the newsletter form or a calculator loads none of
 * their code: both are whole in the server's HTML (the form posts without JavaScript; the
 * calculator shows its worked example). Whatever the reader does before the code arrives is
 * kept: changed fields are replayed into the island, and a button pressed meanwhile is held
 * and pressed again once it works (or, if the code fails to load, left to do what it does
 * without it). `client:intent="query"` hydrates at once when the address has a query string,
 * which is how a shared calculator scenario arrives. When the island first scrolls into view,
 * the time is noted in `data-seen` (the newsletter form sends it as `started`, so the time
 * taken to fill it counts from when it was seen).
 */
const directive: ClientDirective = (load, options, island) => {
  const presses: HTMLElement[] = [];
  const hold = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('button');
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (!presses.includes(button)) presses.push(button);
  };
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    island.dataset.seen ??= String(Date.now());
    seen.disconnect();
  });
  for (const child of island.children) seen.observe(child);
  const start = async () => {
    for (const type of INTENT) island.removeEventListener(type, onIntent);
    seen.disconnect();
    island.dataset.seen ??= String(Date.now());
    island.addEventListener('click', hold, true);
    try {
      const hydrate = await load();
      await hydrate();
    } finally {
      island.removeEventListener('click', hold, true);
      replay(island, presses);
    }
  };
  const onIntent = () => void start();
  if (options.value === 'query' && location.search.length > 1) {
    void start();
    return;
  }
  for (const type of INTENT) island.addEventListener(type, onIntent);
};

export default directive;
