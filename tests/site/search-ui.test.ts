import type { Browser, Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, OPTIONS, RESULTS, resultHrefs, search } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');

const isSearchAsset = (url: string): boolean =>
  url.includes('/pagefind/') || /\.pagefind$|\.pf_(?:meta|index|fragment|filter)$/.test(url) || /\/_astro\/search\.[\w-]+\.js$/.test(url);

describe.skipIf(!hasChromium)('search costs nothing until it is used', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['chair-of-the-gmg/', '', 'full-report/', 'search/'])('fetches no search asset on /%s before the field is focused', async (path) => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(request.url()));
    await page.goto(`${siteUrl}${path}`, { waitUntil: 'networkidle' });
    await page.mouse.move(200, 300);
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(requests.filter(isSearchAsset)).toEqual([]);
    const scripts = await page.$$eval('script[src]', (elements) => elements.map((element) => (element as HTMLScriptElement).src));
    const scriptRequests = requests.filter((url) => url.endsWith('.js'));
    expect(scriptRequests.sort()).toEqual([...scripts].sort());

    await page.locator(FIELD).focus();
    await page.waitForResponse((response) => response.url().endsWith('.pagefind'));
    expect(requests.some((url) => url.endsWith(`${base}pagefind/pagefind.js`))).toBe(true);
    expect(requests.every((url) => url.startsWith(new URL(siteUrl).origin))).toBe(true);
    await page.close();
  });

  it('highlights on a page opened with ?highlight= by fetching the highlighter alone, not the search UI or Pagefind', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(request.url()));
    await page.goto(`${siteUrl}chair-of-the-gmg/?highlight=GMG`, { waitUntil: 'networkidle' });
    expect(await page.locator('.report-text mark.search-hit').count()).toBeGreaterThan(0);
    expect(await page.isVisible('[data-search-highlight-clear]')).toBe(true);
    expect(requests.filter((url) => /\/_astro\/highlight\.[\w-]+\.js$/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /\/_astro\/search-highlight\.[\w-]+\.css$/.test(url))).toHaveLength(1);
    expect(requests.filter(isSearchAsset)).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the search combobox', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  beforeEach(async () => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const expanded = () => page.getAttribute(FIELD, 'aria-expanded');
  const activeId = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);

  it('is a WAI-ARIA combobox controlling a listbox of links to passages', async () => {
    expect(await page.getAttribute(FIELD, 'role')).toBe('combobox');
    expect(await expanded()).toBe('false');
    // The listbox, and aria-controls naming it, exist once the reader comes to search.
    expect(await page.$(RESULTS)).toBeNull();
    await page.locator(FIELD).focus();
    await page.waitForSelector(RESULTS, { state: 'attached' });
    expect(await page.getAttribute(FIELD, 'aria-controls')).toBe('site-search-results');
    expect(await page.getAttribute(RESULTS, 'role')).toBe('listbox');
    expect(await page.isVisible(RESULTS)).toBe(false);

    expect(await search(page, 'migrant workers')).toBe('done');
    expect(await expanded()).toBe('true');
    expect(await page.isVisible(RESULTS)).toBe(true);
    const options = await page.$$eval(OPTIONS, (elements) =>
      elements.map((element) => ({
        tag: element.tagName,
        href: element.getAttribute('href') ?? '',
        selected: element.getAttribute('aria-selected'),
        section: element.querySelector('.search-option__section')?.textContent,
        heading: element.querySelector('.search-option__heading')?.textContent,
        marks: [...element.querySelectorAll('.search-option__excerpt mark')].map((mark) => mark.textContent),
      })),
    );
    expect(options.length).toBeGreaterThan(3);
    for (const option of options) {
      expect(option.tag).toBe('A');
      expect(option.href).toMatch(new RegExp(`^${base}[a-z0-9-]+/#[a-z0-9-]+$`));
      expect(option.selected).toBe('false');
      expect(option.section).toBeTruthy();
      expect(option.heading).toBeTruthy();
      expect(option.marks.length).toBeGreaterThan(0);
    }
  });

  it('moves through results with Up and Down, wrapping, and marks the active one', async () => {
    await search(page, 'Mexico');
    const count = (await resultHrefs(page)).length;
    expect(count).toBe(2);
    const selected = () => page.$$eval(OPTIONS, (els) => els.map((el) => el.getAttribute('aria-selected')));
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBe('site-search-option-0');
    expect(await selected()).toEqual(['true', 'false']);
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBe('site-search-option-1');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBe('site-search-option-0');
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBe('site-search-option-1');
    expect(await selected()).toEqual(['false', 'true']);
    expect(await activeId()).toBe('site-search');
  });

  it('closes on Escape, keeping focus in the field when the reader put it there', async () => {
    await search(page, 'CEDAW');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await expanded()).toBe('false');
    expect(await page.isVisible(RESULTS)).toBe(false);
    expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBeNull();
    expect(await activeId()).toBe('site-search');
    expect(await page.inputValue(FIELD)).toBe('CEDAW');
    await page.keyboard.press('ArrowDown');
    expect(await expanded()).toBe('true');
  });

  it('opens with Ctrl+K or Cmd+K from anywhere, and Escape returns focus to where the reader was', async () => {
    for (const shortcut of ['Control+k', 'Meta+k']) {
      await page.goto(`${siteUrl}chair-of-the-gmg/`);
      const link = page.locator('.prev-next a').first();
      await link.focus();
      await page.keyboard.press(shortcut);
      expect(await activeId()).toBe('site-search');
      await page.keyboard.type('Moldova');
      await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
      await page.keyboard.press('Escape');
      expect(await expanded()).toBe('false');
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    }
  });

  it('reports loading then done, and searches once for a burst of typing', async () => {
    await page.locator(FIELD).focus();
    // The results listbox exists once the UI is ready.
    await page.waitForSelector('form[data-search-ready]', { state: 'attached' });
    await page.evaluate(() => {
      const results = document.querySelector('#site-search-results') as HTMLElement;
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(results.dataset['searchState'] ?? '')).observe(results, {
        attributes: true,
        attributeFilter: ['data-search-state'],
      });
    });
    // Type a whole word in one burst.
    await page.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#site-search') as HTMLInputElement;
      for (const prefix of ['m', 'mi', 'mig', 'migr', 'migra', 'migrat', 'migrati', 'migratio', 'migration']) {
        field.value = prefix;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen[0]).toBe('loading');
    expect(seen.filter((state) => state === 'done')).toHaveLength(1);
    expect(seen.at(-1)).toBe('done');
  });

  it('never shows the results of an older query that was still loading', async () => {
    // Hold the first query's fragments until the reader has typed a new query, then let them
    // arrive while the new query is still waiting out its debounce.
    const held: Route[] = [];
    let holding = true;
    await page.route('**/pagefind/fragment/**', async (route) => {
      if (holding) held.push(route);
      else await route.continue();
    });
    // Always unrouted, so a failure here cannot hold the requests of the tests after it.
    try {
      await page.locator(FIELD).focus();
      // The results listbox exists once the UI is ready.
      await page.waitForSelector('form[data-search-ready]', { state: 'attached' });
      await page.evaluate(() => {
        const results = document.querySelector('#site-search-results') as HTMLElement;
        const shown: string[][] = [];
        (window as unknown as { shown: string[][] }).shown = shown;
        new MutationObserver(() => {
          if (results.dataset['searchState'] === 'done') {
            shown.push([...results.querySelectorAll('[role="option"]')].map((option) => option.getAttribute('href') ?? ''));
          }
        }).observe(results, { attributes: true, attributeFilter: ['data-search-state'] });
      });
      await page.locator(FIELD).fill('GFMD');
      // A loaded machine may take a while to ask for the first fragment.
      await expect.poll(() => held.length, { timeout: 15_000 }).toBeGreaterThan(0);
      await page.locator(FIELD).fill('AbuZayd');
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
      await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
      await page.waitForTimeout(300);
      const shown = await page.evaluate(() => (window as unknown as { shown: string[][] }).shown);
      expect(shown).toEqual([[`${base}chair-of-the-gmg/#gmg-in-addition-to-the-multi-stakeholder`]]);
    } finally {
      await page.unroute('**/pagefind/fragment/**');
    }
  });

  it('announces the number of results politely', async () => {
    const status = page.locator('#site-search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await search(page, 'CEDAW');
    const count = (await resultHrefs(page)).length;
    expect(await status.textContent()).toContain(`${count} results`);
    await search(page, 'AbuZayd');
    expect(await status.textContent()).toContain('1 result in 1 section');
  });

  it('filters by section', async () => {
    await search(page, 'UN Women');
    const all = await resultHrefs(page);
    expect(new Set(all.map((href) => href.split('#')[0])).size).toBeGreaterThan(2);
    // The sections are fetched when the reader reaches for the filter, not with the first search.
    expect(await page.locator('#site-search-section option').count()).toBe(1);
    await page.focus('#site-search-section');
    await page.selectOption('#site-search-section', 'A.1 Chair of the GMG');
    await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
    const filtered = await resultHrefs(page);
    expect(filtered.length).toBeGreaterThan(0);
    for (const href of filtered) expect(href.startsWith(`${base}chair-of-the-gmg/#`)).toBe(true);
    expect(await page.textContent('[data-search-summary]')).toContain('in A.1 Chair of the GMG');
    // Escape from the filter closes the list and puts the reader back in the field.
    await page.keyboard.press('Escape');
    expect(await expanded()).toBe('false');
    expect(await activeId()).toBe('site-search');
  });

  it('closes when the reader clicks elsewhere or tabs away', async () => {
    await search(page, 'CEDAW');
    await page.mouse.click(150, 700);
    expect(await expanded()).toBe('false');
    await page.locator(FIELD).focus();
    expect(await expanded()).toBe('true');
    await page.locator('.site-nav a').first().focus();
    expect(await expanded()).toBe('false');
  });

  it('keeps the drop-down to the best ten results and offers the rest on the search page', async () => {
    await search(page, 'women');
    expect(await page.$$(OPTIONS)).toHaveLength(10);
    expect(await page.textContent('[data-search-summary]')).toContain('The best 10 are shown; press Enter for more');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}search/`);
    await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
    const all = await page.$$(OPTIONS);
    expect(all.length).toBeGreaterThan(10);
    expect(await page.textContent('[data-search-summary]')).toContain(`${all.length} results in`);
  });

  it('sends Enter without a chosen result to the search page', async () => {
    await search(page, 'Moldova');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Moldova');
    await page.waitForSelector(`${RESULTS}[data-search-state="done"]`, { state: 'attached' });
    expect((await resultHrefs(page))[0]).toBe(`${base}eu-un-women-project/#eu-in-2016-un-women-continued-its`);
  });
});
