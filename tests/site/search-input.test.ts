import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, OPTIONS, RESULTS, resultHrefs, search, waitForState } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');

describe.skipIf(!hasChromium)('no results and bad input', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('dialog', (dialog) => void dialog.dismiss());
  });

  beforeEach(async () => {
    await page.goto(`${siteUrl}activities-2016/`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  const summary = () => page.textContent('[data-search-summary]');
  const help = () => page.isVisible('[data-search-help]');

  /** After any bad input the page must still search normally. */
  async function stillSearches(): Promise<void> {
    expect(await search(page, 'Moldova')).toBe('done');
    expect((await resultHrefs(page))[0]).toBe(`${base}eu-un-women-project/#eu-in-2016-un-women-continued-its`);
  }

  it('says clearly when nothing matches and suggests what to try', async () => {
    expect(await search(page, 'zzqxw')).toBe('empty');
    expect(await page.$$(OPTIONS)).toHaveLength(0);
    expect(await summary()).toContain('Nothing matches “zzqxw”');
    expect(await help()).toBe(true);
    const links = await page.$$eval('[data-search-help] a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual([base, `${base}full-report/`]);
    expect(await page.textContent('[data-search-help]')).toContain('CEDAW');
    expect(await page.textContent('#site-search-status')).toContain('No results');
    await stillSearches();
    expect(await help()).toBe(false);
  });

  it('shows a query with HTML or script in it as text and never runs it', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>CEDAW</b>';
    await search(page, hostile);
    expect(await page.$$('[data-search-panel] img, [data-search-panel] script, [data-search-panel] b')).toHaveLength(0);
    expect(await summary()).toContain('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.$$eval('#site-search-status', (els) => els[0]?.children.length)).toBe(0);
    await stillSearches();
  });

  it('keeps excerpts as text even when they contain markup characters', async () => {
    await search(page, 'Safety and Dignity');
    const excerpts = await page.$$eval(`${OPTIONS} .search-option__excerpt`, (els) =>
      els.map((el) => [...el.children].every((child) => child.tagName === 'MARK')),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.every(Boolean)).toBe(true);
  });

  it('handles a 10,000-character query without freezing', async () => {
    await page.locator(FIELD).focus();
    const started = Date.now();
    await page.locator(FIELD).fill('a'.repeat(10_000));
    expect(await waitForState(page, ['done', 'empty'])).toBe('empty');
    expect(await summary()).toContain('No word in the report is that long');
    await page.locator(FIELD).fill('migration '.repeat(1_000));
    expect(await waitForState(page, ['done', 'empty'])).toBe('done');
    expect(await summary()).toContain('Only the first 10 words were searched');
    expect(Date.now() - started).toBeLessThan(10_000);
    // The summary shows a shortened query, never the whole paste.
    await page.locator(FIELD).fill(`${'x'.repeat(9_990)}!!!!!!!!!!`);
    await waitForState(page, ['empty']);
    expect((await summary())?.length ?? 0).toBeLessThan(200);
    await stillSearches();
  });

  it('answers a query of only spaces with a prompt, not an error', async () => {
    await page.locator(FIELD).focus();
    await page.locator(FIELD).fill('     ');
    await page.waitForFunction(() => document.querySelector('#site-search')?.getAttribute('aria-expanded') === 'true');
    expect(await page.getAttribute(RESULTS, 'data-search-state')).toBe('idle');
    expect(await summary()).toContain('Type a word');
    expect(await page.$$(OPTIONS)).toHaveLength(0);
    await stillSearches();
  });

  it.each([
    ['only punctuation', '!!! ... ??? ;;'],
    ['only emoji', '🙂🙂 👩🏽‍⚖️'],
  ])('explains that %s has nothing to search for', async (_kind, query) => {
    expect(await search(page, query)).toBe('empty');
    expect(await summary()).toContain('has no letters or numbers to search for');
    expect(await summary()).toContain(query.trim().replace(/\s+/g, ' '));
    expect(await help()).toBe(true);
    await stillSearches();
  });

  it('ignores emoji next to real words', async () => {
    expect(await search(page, 'Moldova 🙂')).toBe('done');
    expect((await resultHrefs(page))[0]).toBe(`${base}eu-un-women-project/#eu-in-2016-un-women-continued-its`);
  });
});
