import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, marksIn, OPTIONS, resultHrefs, search, waitForState } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');

const CORRECTION = '[data-search-correction]';
const SUMMARY = '[data-search-summary]';
const STATUS = '#site-search-status';

/** The correction line as a reader sees it: its text, the corrected words and the link's words. */
function correctionLine(page: Page) {
  return page.$eval(CORRECTION, (line) => ({
    hidden: (line as HTMLElement).hidden,
    text: line.textContent ?? '',
    strong: line.querySelector('strong')?.textContent ?? '',
    link: line.querySelector('a em')?.textContent ?? '',
    href: line.querySelector('a')?.getAttribute('href') ?? '',
  }));
}

/** The marked words of the result excerpt that links to `href`. */
function excerptMarks(page: Page, href: string): Promise<string[]> {
  return page.$$eval(`${OPTIONS}[href="${href}"] mark`, (marks) => marks.map((mark) => mark.textContent ?? ''));
}

interface Typo {
  kind: string;
  typed: string;
  corrected: string;
  /** A passage among the results of the corrected query. */
  href: string;
}

const TYPOS: Typo[] = [
  { kind: 'one wrong letter', typed: 'Moldava', corrected: 'Moldova', href: `${base}eu-un-women-project/#eu-in-2016-un-women-continued-its` },
  // Five letters allow one edit: only a transposition counted as one reaches CEDAW.
  { kind: 'two letters swapped', typed: 'CEDWA', corrected: 'CEDAW', href: `${base}eu-un-women-project/#eu-in-this-project-human-rights-mechanisms` },
  { kind: 'US spelling', typed: 'labor rights', corrected: 'labour rights', href: `${base}activities-2016/#activities-over-the-course-of-the-year` },
  { kind: 'two typos', typed: 'xenofobia', corrected: 'Xenophobia', href: `${base}chair-of-the-gmg/#gmg-meeting-7` },
  // Pagefind's metadata search answers "bodeis" with a page titled "B. …": still no word of the text.
  { kind: 'a word only a page title seems to match', typed: 'treaty bodeis', corrected: 'treaty bodies', href: `${base}eu-un-women-project/#eu-to-build-the-capacity-to-advance` },
];

describe.skipIf(!hasChromium)('search forgives misspellings', () => {
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('request', (request) => requests.push(request.url()));
  });

  beforeEach(() => {
    requests = [];
  });

  afterAll(async () => {
    await browser?.close();
  });

  const fetchedVocabulary = () => requests.some((url) => url.endsWith(`${base}pagefind/vocabulary.json`));
  const fetchedSpelling = () => requests.some((url) => /\/_astro\/spelling\.[\w-]+\.js$/.test(url));

  it.each(TYPOS.map((typo) => [`${typo.kind}: “${typo.typed}” shows the results for “${typo.corrected}”`, typo] as const))('%s', async (_name, typo) => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await search(page, typo.typed)).toBe('done');
    expect(await resultHrefs(page)).toContain(typo.href);
    expect(await excerptMarks(page, typo.href)).toContain(typo.corrected.split(' ')[0]);
    const line = await correctionLine(page);
    expect(line).toMatchObject({ hidden: false, strong: typo.corrected, link: typo.typed });
    expect(line.text).toBe(`Showing results for ${typo.corrected}. Search for ${typo.typed} instead?`);
    expect(await page.textContent(SUMMARY)).toContain(`for “${typo.corrected}”`);
    // The field keeps what the reader typed.
    expect(await page.inputValue(FIELD)).toBe(typo.typed);
    expect(fetchedVocabulary()).toBe(true);
  });

  it('announces the correction through the polite live region', async () => {
    await page.goto(`${siteUrl}`);
    await search(page, 'Moldava');
    expect(await page.getAttribute(STATUS, 'aria-live')).toBe('polite');
    await page.waitForFunction((status) => document.querySelector(status)?.textContent?.startsWith('Showing results for Moldova.'), STATUS);
    expect(await page.textContent(STATUS)).toMatch(/^Showing results for Moldova\. 1 result in 1 section\.\s?$/);
  });

  it('opens a corrected result on its passage, with the printed word highlighted', async () => {
    await page.goto(`${siteUrl}initiatives-2017/`);
    await search(page, 'Moldava');
    await page.locator(FIELD).press('ArrowDown');
    await page.locator(FIELD).press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}eu-un-women-project/`);
    await page.waitForSelector('[id="eu-in-2016-un-women-continued-its"] mark.search-hit');
    expect(await marksIn(page, 'eu-in-2016-un-women-continued-its')).toEqual(['Moldova']);
  });

  it('never corrects a word that matches something, and a matching search fetches nothing more', async () => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await search(page, 'Mexico')).toBe('done');
    expect((await correctionLine(page)).hidden).toBe(true);
    expect(fetchedSpelling()).toBe(false);
    expect(fetchedVocabulary()).toBe(false);

    // Both words are in the report, never in one section: nothing matches, and nothing is corrected.
    expect(await search(page, 'Moldova xenophobia')).toBe('empty');
    expect(await page.textContent(SUMMARY)).toBe('Nothing matches “Moldova xenophobia”.');
    expect((await correctionLine(page)).hidden).toBe(true);
    expect(fetchedVocabulary()).toBe(false);
  });

  it('still answers “Nothing matches” for a word with no close match, with the help', async () => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await search(page, 'zzyzx')).toBe('empty');
    expect(await page.textContent(SUMMARY)).toBe('Nothing matches “zzyzx”.');
    expect((await correctionLine(page)).hidden).toBe(true);
    expect(await page.isVisible('[data-search-help]')).toBe(true);
    expect(fetchedVocabulary()).toBe(true);
  });

  it('searches for the words as typed when the reader asks, from the header field', async () => {
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    await search(page, 'Moldava');
    await page.click(`${CORRECTION} a`);
    expect(await waitForState(page, ['empty'])).toBe('empty');
    expect(await page.textContent(SUMMARY)).toBe('Nothing matches “Moldava”.');
    expect((await correctionLine(page)).hidden).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    // Typing again brings the correction back.
    await page.locator(FIELD).press('End');
    await page.locator(FIELD).press('Backspace');
    await page.locator(FIELD).pressSequentially('a');
    expect(await waitForState(page, ['done'])).toBe('done');
    expect((await correctionLine(page)).strong).toBe('Moldova');
  });
});

describe.skipIf(!hasChromium)('the /search/ page corrects too', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps what the reader typed in the address, and the link searches for it as typed (by keyboard)', async () => {
    await page.goto(`${siteUrl}search/?q=Moldava`);
    expect(await waitForState(page, ['done'])).toBe('done');
    expect(new URL(page.url()).search).toBe('?q=Moldava');
    const line = await correctionLine(page);
    expect(line).toMatchObject({ hidden: false, strong: 'Moldova', link: 'Moldava' });
    expect(new URL(line.href, page.url()).pathname).toBe(`${base}search/`);

    // Tab from the field reaches the link (after the section filter); Enter follows it.
    await page.locator(FIELD).focus();
    for (let i = 0; i < 5 && (await page.evaluate(() => document.activeElement?.hasAttribute('data-search-as-typed'))) !== true; i += 1) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Moldava');
    await page.keyboard.press('Enter');
    expect(await waitForState(page, ['empty'])).toBe('empty');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Moldava');
    expect(new URL(page.url()).searchParams.has('as-typed')).toBe(true);

    // The as-typed address is a search of its own: opened again, it corrects nothing.
    await page.reload();
    expect(await waitForState(page, ['empty'])).toBe('empty');
    expect((await correctionLine(page)).hidden).toBe(true);

    await page.goBack();
    expect(await waitForState(page, ['done'])).toBe('done');
    expect((await correctionLine(page)).strong).toBe('Moldova');
  });
});

describe.skipIf(!hasChromium)('acronyms are found by their names, and names by their acronyms', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the passage that prints only “CSW” for “Commission on the Status of Women”, and lands on it', async () => {
    const passage = 'eu-in-this-project-human-rights-mechanisms';
    const href = `${base}eu-un-women-project/#${passage}`;
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await search(page, 'Commission on the Status of Women')).toBe('done');
    const hrefs = await resultHrefs(page);
    // The passage printing the name itself is found too.
    expect(hrefs).toContain(`${base}initiatives-2017/#initiatives-on-the-margins-of-the-annual`);
    expect(hrefs).toContain(href);
    // The excerpt marks what the passage prints.
    expect(await excerptMarks(page, href)).toEqual(['CSW']);
    expect((await correctionLine(page)).hidden).toBe(true);

    await page.click(`${OPTIONS}[href="${href}"]`);
    await page.waitForURL((url) => url.pathname === `${base}eu-un-women-project/`);
    await page.waitForSelector(`[id="${passage}"] mark.search-hit`);
    expect(await marksIn(page, passage)).toContain('CSW');
    expect(new URL(page.url()).hash).toBe(`#${passage}`);
  });

  it('finds the title page’s “Department of Economic and Social Affairs” for “DESA”, which the report never prints', async () => {
    const passage = 'title-population-division-department-of-economic-and';
    const href = `${base}title-page/#${passage}`;
    await page.goto(`${siteUrl}activities-2016/`);
    expect(await search(page, 'DESA')).toBe('done');
    expect((await resultHrefs(page))[0]).toBe(href);
    expect(await excerptMarks(page, href)).toEqual(expect.arrayContaining(['Department', 'Economic', 'Social', 'Affairs']));

    await page.locator(FIELD).press('ArrowDown');
    await page.locator(FIELD).press('Enter');
    await page.waitForURL((url) => url.pathname === `${base}title-page/`);
    await page.waitForSelector(`[id="${passage}"] mark.search-hit`);
    expect(await marksIn(page, passage)).toEqual(expect.arrayContaining(['Department', 'Economic', 'Social', 'Affairs']));
  });
});
