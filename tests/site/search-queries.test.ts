import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, marksIn, passageBox, reportText, resultHrefs, search } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');

interface Case {
  query: string;
  /** What kind of query this is, for the test name. */
  kind: string;
  /** The page the reader searches from (relative to the base). */
  from: string;
  page: string;
  passage: string;
  /** Words the landing must mark inside the passage. */
  marked: string[];
  /** Open the result with the keyboard (ArrowDown, Enter) rather than a click. */
  keyboard: boolean;
}

// At least one query lands in each of the five sections.
const CASES: Case[] = [
  { query: 'CEDAW', kind: 'acronym', from: '', page: 'eu-un-women-project', passage: 'eu-in-this-project-human-rights-mechanisms', marked: ['CEDAW'], keyboard: true },
  { query: 'GFMD', kind: 'acronym', from: 'full-report/', page: 'chair-of-the-gmg', passage: 'gmg-throughout-the-year-and-in-connection', marked: ['GFMD'], keyboard: false },
  { query: 'CSW61', kind: 'acronym with a number', from: 'title-page/', page: 'initiatives-2017', passage: 'initiatives-on-the-margins-of-the-annual', marked: ['CSW61'], keyboard: true },
  { query: 'AbuZayd', kind: 'person’s name', from: 'eu-un-women-project/', page: 'chair-of-the-gmg', passage: 'gmg-in-addition-to-the-multi-stakeholder', marked: ['AbuZayd'], keyboard: true },
  { query: '10.7', kind: 'number', from: 'chair-of-the-gmg/', page: 'activities-2016', passage: 'activities-over-the-course-of-the-year', marked: ['10.7'], keyboard: false },
  { query: '64th', kind: 'ordinal', from: 'eu-un-women-project/', page: 'eu-un-women-project', passage: 'eu-to-build-the-capacity-to-advance', marked: ['64th'], keyboard: true },
  { query: 'Moldova', kind: 'place', from: 'initiatives-2017/', page: 'eu-un-women-project', passage: 'eu-in-2016-un-women-continued-its', marked: ['Moldova'], keyboard: false },
  { query: 'xenophobia', kind: 'word in a numbered list item', from: '', page: 'chair-of-the-gmg', passage: 'gmg-meeting-7', marked: ['Xenophobia'], keyboard: true },
  { query: '"Making Every Woman and Girl Count"', kind: 'quoted phrase', from: 'activities-2016/', page: 'initiatives-2017', passage: 'initiatives-furthermore-un-women-will-support-member', marked: ['Making', 'Every', 'Woman', 'Girl', 'Count'], keyboard: true },
  { query: 'lunchtime side event', kind: 'multi-word phrase', from: 'chair-of-the-gmg/', page: 'initiatives-2017', passage: 'initiatives-on-the-margins-of-the-annual', marked: ['lunchtime', 'side', 'event'], keyboard: false },
  { query: 'Population Division', kind: 'title page words', from: 'initiatives-2017/', page: 'title-page', passage: 'title-population-division-department-of-economic-and', marked: ['Population', 'Division'], keyboard: true },
  { query: 'European Union', kind: 'two words', from: 'eu-un-women-project/', page: 'activities-2016', passage: 'activities-un-womens-activities-were-largely-undertaken', marked: ['European', 'Union'], keyboard: false },
  { query: 'guiding principles', kind: 'two words', from: '', page: 'initiatives-2017', passage: 'initiatives-un-women-will-contribute-to-the', marked: ['guiding', 'principles'], keyboard: true },
  { query: 'Jordan and Ireland', kind: 'names joined by and', from: 'activities-2016/', page: 'chair-of-the-gmg', passage: 'gmg-at-the-summit-member-states-adopted', marked: ['Jordan', 'Ireland'], keyboard: true },
  { query: 'treaty body experts', kind: 'multi-word', from: 'title-page/', page: 'eu-un-women-project', passage: 'eu-in-november-2016-un-women-hosted', marked: ['treaty', 'body', 'experts'], keyboard: false },
  { query: '2030 Agenda', kind: 'words of a section heading', from: 'initiatives-2017/', page: 'activities-2016', passage: 'activities-2016', marked: ['2030', 'AGENDA'], keyboard: true },
];

describe.skipIf(!hasChromium)('search lands on the passage', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('covers every section of the report', () => {
    expect(new Set(CASES.map((c) => c.page))).toEqual(
      new Set(['title-page', 'activities-2016', 'chair-of-the-gmg', 'eu-un-women-project', 'initiatives-2017']),
    );
  });

  const named = CASES.map((c) => [`${c.kind}: “${c.query}” from /${c.from} opens ${c.page}#${c.passage}`, c] as const);

  it.each(named)('%s', async (_name, c) => {
    await page.goto(`${siteUrl}${c.from}`);
    expect(await search(page, c.query)).toBe('done');
    const expected = `${base}${c.page}/#${c.passage}`;
    expect((await resultHrefs(page))[0]).toBe(expected);

    const samePage = c.from === `${c.page}/`;
    if (c.keyboard) {
      await page.locator(FIELD).press('ArrowDown');
      expect(await page.getAttribute(FIELD, 'aria-activedescendant')).toBe('site-search-option-0');
      await page.locator(FIELD).press('Enter');
    } else {
      await page.locator('#site-search-option-0').click();
    }
    if (!samePage) await page.waitForURL((url) => url.pathname === `${base}${c.page}/`);
    await page.waitForSelector(`[id="${c.passage}"] mark.search-hit`);

    const url = new URL(page.url());
    expect(url.pathname + url.hash).toBe(expected);
    expect(url.search).toBe('');

    const box = await passageBox(page, c.passage);
    expect(box).toBeDefined();
    expect(box!.top).toBeGreaterThanOrEqual(box!.headerBottom - 1);
    expect(box!.top).toBeLessThan(box!.viewport);

    const marked = (await marksIn(page, c.passage)).map((word) => word.toLowerCase());
    for (const word of c.marked) expect(marked).toContain(word.toLowerCase());
    expect(await page.isVisible('[data-search-highlight-clear]')).toBe(true);

    // Marks wrap words; they never change them. The published text is read from the page as served,
    // without JavaScript (parsing fetched HTML in the page would be refused by its Trusted Types policy).
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${url.origin}${url.pathname}`);
    const published = await reportText(plain);
    await plain.close();
    expect(await reportText(page)).toBe(published);
  });
});
