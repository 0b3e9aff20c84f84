import type { ClientDirective } from 'astro';

/** What shows the reader means to use the island: a focus, a press, a keystroke inside it. */
const INTENT = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * `client:intent`: hydrates an island when the reader first focuses, presses or types inside
 * it, so a page where nobody touches the newsletter form loads none of its code (the form works
 * without it: a plain post). When the island first scrolls into view it notes the time in
 * `data-seen`, which the form sends as `started`, so the time taken to fill it counts from
 * when it was seen rather than from the first click. A submit before the code arrives is the
 * plain post, which works too.
 */
const directive: ClientDirective = (load, _options, island) => {
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    island.dataset.seen ??= String(Date.now());
    seen.disconnect();
  });
  for (const child of island.children) seen.observe(child);
  const start = async () => {
    for (const type of INTENT) island.removeEventListener(type, start);
    seen.disconnect();
    island.dataset.seen ??= String(Date.now());
    const hydrate = await load();
    await hydrate();
  };
  for (const type of INTENT) island.addEventListener(type, start);
};

export default directive;
