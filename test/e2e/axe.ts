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

/** axe-core's WCAG 2.0–2.2 A/AA violations on the page as it is now, one line per node. */
export async function violations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>, which the site's Content-Security-Policy blocks.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: Axe }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        // Full details for violations only: passes and incomplete checks are not reported, which
        // halves axe's time on a long page and changes nothing it finds.
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

/**
 * The violations of the page as it is now in the light and then the dark theme, each tagged
 * with its theme. The site's theme follows the system preference through CSS alone, so
 * switching the emulated preference restyles the page without reloading it.
 */
export async function violationsInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    found.push(...(await violations(page)).map((v) => `(${scheme}) ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}
