import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

type Axe = {
  run: (
    context: unknown,
    options: object,
  ) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
};

/**
 * axe-core's WCAG 2.0–2.2 A/AA violations on the page as it is now, one line per node. `scope`
 * limits the scan to the elements matching a selector (a part that changed since the page was
 * scanned whole); `rules` runs only those rules instead of every rule of the WCAG tags.
 */
export async function violations(
  page: Page,
  { scope, rules }: { scope?: string; rules?: readonly string[] } = {},
): Promise<string[]> {
  // Evaluated rather than added as a <script>, which the site's Content-Security-Policy blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    ({ tags, scope, rules }) =>
      (window as unknown as { axe: Axe }).axe.run(scope ? { include: [scope] } : document, {
        runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
        // Full details for violations only: passes and incomplete checks are not reported, which
        // halves axe's time on a long page and changes nothing it finds.
        resultTypes: ['violations'],
      }),
    { tags: TAGS, scope, rules },
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/** The rules whose outcome depends on colours: the only ones a change of theme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * The violations of the page as it is now in the light theme (every rule) and then in the dark
 * theme, each tagged with its theme. The site's theme follows the system preference through CSS
 * colour tokens alone (`light-dark()`): switching the emulated preference restyles the page
 * without reloading it, and changes only colours, so the dark scan runs the colour rules.
 */
export async function violationsInBothThemes(page: Page): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await violations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await violations(page, { rules: COLOUR_RULES });
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light.map((v) => `(light) ${v}`), ...dark.map((v) => `(dark) ${v}`)];
}
