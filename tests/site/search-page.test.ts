import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, RESULTS, reportText, resultHrefs, waitForState } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');
const MOLDOVA = `${base}eu-un-women-project/#eu-in-2016-un-women-continued-its`;
const GFMD = `${base}chair-of-the-gmg/#gmg-throughout-the-year-and-in-connection`;

/** The how-to-search hint the search page draws above its results ('none' where it draws none). */
function hint(page: Page): Promise<string> {
  return page.$eval('[data-search-page]', (slot) => getComputedStyle(slot, '::before').content);
}

describe.skipIf(!hasChromium)('the /search/ page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  const query = () => new URL(page.url()).searchParams.get('q');

  it('shows the results for ?q= in the page, shareably', async () => {
    await page.goto(`${siteUrl}search/?q=Moldova`);
    expect(await waitForState(page, ['done'])).toBe('done');
    expect(await page.inputValue(FIELD)).toBe('Moldova');
    expect((await resultHrefs(page))[0]).toBe(MOLDOVA);
    expect(await page.isVisible(RESULTS)).toBe(true);
    expect(await page.$eval(RESULTS, (el) => el.closest('main') !== null)).toBe(true);
    expect(await page.getAttribute(FIELD, 'aria-controls')).toBe('site-search-results');
    expect(await page.$$('#site-search-results')).toHaveLength(1);
  });

  it('keeps the address in step with the query, one history entry per search, so Back returns to earlier searches', async () => {
    await page.goto(`${siteUrl}search/?q=Moldova`);
    await waitForState(page, ['done']);
    const length = await page.evaluate(() => history.length);
    const q = () => page.evaluate(() => new URL(location.href).searchParams.get('q'));

    // Typing starts a new entry, and the address follows every keystroke within it.
    await page.locator(FIELD).fill('CEDAW');
    expect(await q()).toBe('CEDAW');
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    await page.locator(FIELD).fill('GFMD');
    expect(await q()).toBe('GFMD');
    await page.waitForTimeout(200);
    await page.locator(FIELD).press('Enter');
    await waitForState(page, ['done']);
    expect(await page.evaluate(() => history.length)).toBe(length + 1);
    expect((await resultHrefs(page))[0]).toBe(GFMD);

    // After Enter, the next query is a new search with its own entry.
    await page.locator(FIELD).fill('AbuZayd');
    expect(await page.evaluate(() => history.length)).toBe(length + 2);

    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#site-search')?.value === 'GFMD');
    await waitForState(page, ['done']);
    expect((await resultHrefs(page))[0]).toBe(GFMD);
    await page.goBack();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#site-search')?.value === 'Moldova');
    await waitForState(page, ['done']);
    expect(query()).toBe('Moldova');
    expect((await resultHrefs(page))[0]).toBe(MOLDOVA);
  });

  it('comes back to the same results after opening one', async () => {
    await page.goto(`${siteUrl}search/?q=GFMD`);
    await waitForState(page, ['done']);
    await page.locator('#site-search-option-0').click();
    await page.waitForURL((url) => url.pathname === `${base}chair-of-the-gmg/`);
    await page.goBack();
    await page.waitForURL((url) => url.pathname === `${base}search/`);
    await waitForState(page, ['done']);
    expect(query()).toBe('GFMD');
    expect((await resultHrefs(page))[0]).toBe(GFMD);
  });

  it('keeps the section filter in the address', async () => {
    await page.goto(`${siteUrl}search/?q=${encodeURIComponent('UN Women')}&section=${encodeURIComponent('A.1 Chair of the GMG')}`);
    await waitForState(page, ['done']);
    expect(await page.inputValue('#site-search-section')).toBe('A.1 Chair of the GMG');
    for (const href of await resultHrefs(page)) expect(href.startsWith(`${base}chair-of-the-gmg/#`)).toBe(true);
    await page.selectOption('#site-search-section', '');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('section'));
    await waitForState(page, ['done']);
    expect(new Set((await resultHrefs(page)).map((href) => href.split('#')[0])).size).toBeGreaterThan(1);
  });
});

describe.skipIf(!hasChromium)('search without JavaScript', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends the header form to /search/, which says search needs JavaScript and offers the contents', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await page.getAttribute(FIELD, 'role')).toBeNull();
    await page.locator(FIELD).fill('CEDAW');
    await page.locator(FIELD).press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('CEDAW');
    const main = (await page.textContent('main')) ?? '';
    expect(main).toContain('Search needs JavaScript');
    expect(await page.isVisible('.search-page__notice')).toBe(true);
    expect(await hint(page)).toBe('none');
    // Nothing that only works with JavaScript is shown.
    expect(await page.isVisible('[data-search-panel]')).toBe(false);
    const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining([`${base}full-report/`, `${base}chair-of-the-gmg/`, `${base}initiatives-2017/`, `${base}title-page/`]));
    await context.close();
  });

  it('with JavaScript, says how to search instead, and shows the results panel once the field is used', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}search/`);
    // There from the first paint, drawn by CSS, so the page does not shift when scripts arrive.
    expect(await hint(page)).toContain('Type in the search field at the top of the page');
    expect(await page.isVisible('.search-page__notice')).toBe(false);
    // Focus stays where the browser puts it, so the skip link and the heading come first.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.locator(FIELD).focus();
    await page.waitForSelector('[data-search-panel]', { state: 'visible' });
    expect(await page.textContent('[data-search-summary]')).toContain('Type a word');
    await page.close();
  });
});

describe.skipIf(!hasChromium)('landing highlights', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('honours ?highlight= and clears the marks with a visible button, leaving the text as it was', async () => {
    await page.goto(`${siteUrl}eu-un-women-project/`);
    const published = await reportText(page);
    await page.goto(`${siteUrl}eu-un-women-project/?highlight=CEDAW#eu-to-build-the-capacity-to-advance`);
    await page.waitForSelector('mark.search-hit');
    const marks = await page.$$eval('mark.search-hit', (els) => els.map((el) => el.textContent));
    expect(marks.length).toBeGreaterThanOrEqual(5);
    expect(new Set(marks)).toEqual(new Set(['CEDAW']));
    expect(await page.$$eval('mark.search-hit', (els) => els.every((el) => el.closest('.report-text') !== null))).toBe(true);
    expect(await reportText(page)).toBe(published);
    const clear = page.locator('[data-search-highlight-clear]');
    expect(await clear.isVisible()).toBe(true);
    expect(await page.textContent('[data-search-highlight]')).toContain('CEDAW');

    await clear.click();
    expect(await page.$$('mark.search-hit')).toHaveLength(0);
    expect(await clear.isVisible()).toBe(false);
    expect(await reportText(page)).toBe(published);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('highlights on the same page when the result is on the page being read', async () => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    await page.locator(FIELD).focus();
    await page.locator(FIELD).pressSequentially('Xenophobia');
    await waitForState(page, ['done']);
    const before = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    await page.locator(FIELD).press('ArrowDown');
    await page.locator(FIELD).press('Enter');
    await page.waitForSelector('#gmg-meeting-7 mark.search-hit');
    expect(new URL(page.url()).hash).toBe('#gmg-meeting-7');
    expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(before);
    expect(await page.getAttribute(FIELD, 'aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('gmg-meeting-7');
  });
});
