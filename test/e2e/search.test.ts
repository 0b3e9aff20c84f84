import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { violations } from './axe.ts';
import { baseUrl, collectErrors, sharedBrowser } from './browser.ts';

const browser = sharedBrowser();

/** Runs a query straight through the built Pagefind index from a page of the site. */
async function search(
  page: Page,
  query: string,
  filters: Record<string, string> = {},
): Promise<string[]> {
  // A string, so the test runner does not rewrite the browser's dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ noWorker: true });
    const found = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
    const data = await Promise.all(found.results.slice(0, 30).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

/** Opens the header's search dialog with `/` and types, as a keyboard user would. */
async function openAndType(page: Page, words: string): Promise<void> {
  await page.keyboard.press('/');
  await page.waitForSelector('dialog[open] [role="combobox"]:focus');
  await page.keyboard.type(words);
}

/** The status line once it has said something (it waits for typing to pause). */
async function announced(page: Page, scope = 'dialog'): Promise<string> {
  const status = page.locator(`${scope} [role="status"]`);
  await page.waitForFunction(
    (s) => document.querySelector(s)?.textContent?.trim(),
    `${scope} [role="status"]`,
  );
  return (await status.textContent()) ?? '';
}

const hrefs = (page: Page) =>
  page.$$eval('[role="option"]', (options) => options.map((o) => o.getAttribute('href') ?? ''));

describe('the search index built with the site', () => {
  it('finds French articles, tools, terms and sources, accents and plurals forgiven', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/`);
    const plain = await search(page, 'equipe');
    expect(plain.length).toBeGreaterThan(0);
    expect(plain.every((url) => !url.startsWith('/en/'))).toBe(true);
    expect(plain).toEqual(expect.arrayContaining(['/glossaire/#service-climate']));
    expect(new Set(await search(page, 'équipes'))).toEqual(new Set(plain));
    expect(await search(page, 'fidélisation')).toContain('/outils/valeur-fidelisation/');
    expect(await search(page, 'fidelisations')).toContain('/outils/valeur-fidelisation/');
    expect(await search(page, 'Heskett')).toContain('/sources/#heskett1994');
    expect(await search(page, 'promoteurs')).toContain('/glossaire/#nps');
    await page.close();
  });

  it('finds only English pages from an English page, and narrows by kind', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/articles/`);
    const all = await search(page, 'turnover');
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((url) => url.startsWith('/en/'))).toBe(true);
    const tools = await search(page, 'turnover', { kind: 'tool' });
    expect(tools).toEqual(['/en/tools/engagement-roi/']);
    expect(await search(page, 'turnover', { kind: 'term' })).toContain(
      '/en/glossary/#turnover-cost',
    );
    await page.close();
  });

  it('knows the kind, tags and date of each article, and the kind of each tool', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/`);
    const found: { url: string; kind: string[]; tags: string[]; date?: string }[] =
      await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.options({ noWorker: true });
        const found = await pagefind.search('climat');
        const data = await Promise.all(found.results.map((r) => r.data()));
        return data.map((d) => ({ url: d.url, kind: d.filters.kind ?? [], tags: d.filters.tag ?? [], date: d.meta.date }));
      })()`);
    const articles = found.filter((hit) => hit.url.startsWith('/articles/'));
    expect(articles.length).toBeGreaterThan(3);
    for (const hit of articles) {
      expect(hit.kind).toEqual(['article']);
      expect(hit.tags.length).toBeGreaterThan(0);
      expect(hit.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const tool = found.find((hit) => hit.url === '/outils/climat-de-service/');
    expect(tool).toMatchObject({ kind: ['tool'], tags: [], date: undefined });
    await page.close();
  });

  it('indexes the text of pages, not their header, footer, previews or evidence badges', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/`);
    const content: string = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search('Sears');
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.find((d) => d.url === '/articles/la-chaine-sears/').content;
    })()`);
    expect(content).toMatch(/^La chaîne Sears/);
    for (const chrome of [
      'Aller au contenu',
      'Thème',
      'Étiquettes',
      'chiffre vérifié dans le texte',
      'Article pro',
      'min de lecture',
      'Publié le',
    ]) {
      expect(content).not.toContain(chrome);
    }
    await page.close();
  });
});

describe('the search dialog', () => {
  it('costs nothing until the reader asks for it', async () => {
    const page = await browser().newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl}/articles/chaine-service-profit/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.startsWith('/pagefind/') || /Search/.test(p))).toEqual([]);
    await page.click('[data-search-open]');
    await page.waitForSelector('dialog[open] [role="combobox"]:focus');
    await page.waitForLoadState('networkidle');
    expect(requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });

  it('goes from the keyboard shortcut to an opened result with the keyboard alone', async () => {
    const page = await browser().newPage();
    const errors = collectErrors(page);
    await page.goto(`${baseUrl}/articles/`);
    await openAndType(page, 'fidelisation');
    expect(await announced(page)).toMatch(/^\d+\u00a0résultats pour «\u00a0fidelisation\u00a0»$/);
    const field = page.locator('dialog [role="combobox"]');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const active = await field.getAttribute('aria-activedescendant');
    const option = page.locator(`#${active}`);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    const target = (await option.getAttribute('href')) ?? '';
    expect(target).toBe((await hrefs(page))[1]);
    await Promise.all([page.waitForURL(`${baseUrl}${target}`), page.keyboard.press('Enter')]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('announces the count once typing pauses, never an empty list, and gives focus back on Escape', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/`);
    await page.keyboard.press('Control+K');
    await page.waitForSelector('dialog[open] [role="combobox"]:focus');
    await page.evaluate(() => {
      const w = window as unknown as { said: string[] };
      w.said = [];
      const status = document.querySelector('dialog [role="status"]')!;
      new MutationObserver(() => w.said.push(status.textContent ?? '')).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    // The page's clock is ours while typing: 80 ms between keys is a pause-free input however
    // busy the machine is, and the pauses before searching and announcing pass when we say so.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1000);
    for (const key of 'engagement') {
      await page.keyboard.press(key);
      await page.clock.runFor(80);
    }
    // Typing has paused: the search runs (Pagefind's own timers run on this clock too).
    const options = page.locator('dialog [role="option"]');
    for (const end = Date.now() + 30_000; (await options.count()) === 0 && Date.now() < end;)
      await page.clock.runFor(50);
    await page.clock.runFor(700); // once the results stay, the count is announced
    expect(await announced(page)).toMatch(/^\d+ results for “engagement”$/);
    await page.clock.runFor(1000);
    const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
    expect(said.filter((s) => s.trim() !== '')).toHaveLength(1);
    await page.clock.resume();

    await page.fill('dialog [role="combobox"]', 'zzzqqq');
    await page.waitForFunction(() =>
      document.querySelector('dialog [role="status"]')?.textContent?.startsWith('Nothing found'),
    );
    expect(await page.locator('[role="listbox"]').count()).toBe(0);
    expect(await page.getAttribute('dialog [role="combobox"]', 'aria-expanded')).toBe('false');

    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.querySelector('dialog')?.open)).toBe(false);
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open')),
    ).toBe(false);
    await page.focus('[data-search-open]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog[open] [role="combobox"]:focus');
    await page.keyboard.press('Escape');
    expect(
      await page.evaluate(() => document.activeElement?.hasAttribute('data-search-open')),
    ).toBe(true);
    await page.close();
  });

  it('keeps what was typed while it loaded, and narrows by kind', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/`);
    await page.keyboard.press('/');
    await page.keyboard.type('climat');
    await page.waitForSelector('dialog[open] [role="option"]');
    expect(await page.inputValue('dialog [role="combobox"]')).toBe('climat');
    const before = await hrefs(page);
    expect(before.some((h) => !h.startsWith('/outils/'))).toBe(true);
    await page.check('dialog input[name="kind"][value="tool"]');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[role="option"]')].every((o) =>
        o.getAttribute('href')?.startsWith('/outils/'),
      ),
    );
    expect((await hrefs(page)).length).toBeGreaterThan(0);
    expect(await page.textContent('dialog label:has(input[value="tool"])')).toMatch(/\(\d+\)/);
    await page.close();
  });

  it('opens the search page on the words typed with its button', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/en/`);
    await page.keyboard.press('/');
    await page.keyboard.type('climate');
    await page.waitForSelector('dialog[open] [role="option"]');
    await page.click('dialog button[type="submit"]');
    await page.waitForURL(/\/en\/search\/\?q=climate/);
    await page.waitForSelector('[data-search-page] [role="option"]');
    expect(await page.inputValue('[data-search-page] [role="combobox"]')).toBe('climate');
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violation open, with results and with none (%s)',
    async (scheme) => {
      const page = await browser().newPage({ colorScheme: scheme });
      await page.goto(`${baseUrl}/articles/`);
      await page.keyboard.press('Control+K');
      await page.waitForSelector('dialog[open] [role="combobox"]:focus');
      expect(await violations(page)).toEqual([]);
      await page.keyboard.type('service');
      await announced(page);
      await page.keyboard.press('ArrowDown');
      expect(await violations(page)).toEqual([]);
      await page.fill('dialog [role="combobox"]', 'zzzqqq');
      await page.waitForFunction(() =>
        document.querySelector('dialog [role="status"]')?.textContent?.startsWith('Aucun'),
      );
      expect(await violations(page)).toEqual([]);
      await page.close();
    },
  );

  it('stays usable at 400 % zoom (320 CSS pixels wide)', async () => {
    const page = await browser().newPage({ viewport: { width: 320, height: 256 } });
    await page.goto(`${baseUrl}/articles/`);
    await page.keyboard.press('Control+K');
    await page.waitForSelector('dialog[open] [role="combobox"]:focus');
    await page.keyboard.type('climat');
    await page.waitForSelector('[role="option"]');
    const fits = await page.evaluate(() => {
      const dialog = document.querySelector('dialog')!;
      const close = dialog.querySelector('.search__close')!.getBoundingClientRect();
      return dialog.scrollWidth <= dialog.clientWidth && close.right <= innerWidth;
    });
    expect(fits).toBe(true);
    await page.close();
  });
});

describe('the search page', () => {
  it('runs the query of its address on load and keeps the address in step', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/recherche/?q=climat&kind=tool`);
    await page.waitForSelector('[role="option"]');
    expect((await hrefs(page)).every((h) => h.startsWith('/outils/'))).toBe(true);
    expect(await page.isChecked('input[name="kind"][value="tool"]')).toBe(true);
    expect(await announced(page, '[data-search-page]')).toMatch(
      /^\d+\u00a0résultats? pour «\u00a0climat\u00a0»$/,
    );
    await page.check('input[name="kind"][value=""]');
    await page.fill('[data-search-page] [role="combobox"]', 'rotation');
    await page.waitForURL(/\?q=rotation$/);
    await page.selectOption('select[name="tag"]', { index: 1 });
    await page.waitForURL(/&tag=/);
    // Tools have no tags: with a tag chosen, the kind filter says choosing tools would show none.
    await page.waitForFunction(() =>
      document.querySelector('label:has(input[value="tool"])')?.textContent?.includes('(0)'),
    );
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('says plainly without JavaScript that search needs it, and lists the articles and tools', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/articles/`);
    await page.click('a[href="/en/search/"]');
    expect(page.url()).toBe(`${baseUrl}/en/search/`);
    expect(await page.isVisible('text=Search needs JavaScript')).toBe(true);
    expect(await page.isVisible('[data-search-page]')).toBe(false);
    expect(await page.locator('a[href^="/en/articles/"]:visible').count()).toBeGreaterThanOrEqual(
      12,
    );
    expect(await page.locator('a[href^="/en/tools/"]:visible').count()).toBeGreaterThanOrEqual(6);
    await context.close();
  });

  it('is offered on the 404 page, filled with the words of the lost address', async () => {
    const page = await browser().newPage();
    await page.goto(`${baseUrl}/articles/chaine-sears-2024/`);
    expect(await page.inputValue('#lost-q')).toBe('chaine sears');
    await Promise.all([
      page.waitForURL(/\/recherche\/\?q=chaine\+sears$/),
      page.click('.lost-search button'),
    ]);
    await page.waitForSelector('[role="option"]');
    expect(await hrefs(page)).toContain('/articles/la-chaine-sears/');
    await page.close();
  });
});
