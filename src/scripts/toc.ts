/**
 * Marks the table-of-contents links of the section being read with `aria-current="true"`:
 * the current section is the last heading whose top has passed 30 % of the viewport height.
 */
export function followSections(links: NodeListOf<HTMLAnchorElement>): void {
  const targets = [...new Set([...links].map((a) => decodeURIComponent(a.hash.slice(1))))]
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => el !== null);
  if (targets.length === 0) return;
  let scheduled = false;
  const update = () => {
    scheduled = false;
    const line = window.innerHeight * 0.3;
    let current: HTMLElement | undefined;
    for (const el of targets) if (el.getBoundingClientRect().top <= line) current = el;
    for (const a of links) {
      if (current && a.hash === `#${current.id}`) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
  };
  const schedule = () => {
    if (!scheduled) requestAnimationFrame(update);
    scheduled = true;
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  update();
}
