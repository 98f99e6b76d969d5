import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');
const SECTION = new URL('chair-of-the-gmg/', siteUrl).href;
/** The canonical address the citation gives: the public site URL, not the test server's. */
const CANONICAL = new URL(`${base}chair-of-the-gmg/`, SITE_URL).href;
const STYLES = ['APA (7th edition)', 'Chicago (author-date)', 'MLA (9th edition)', 'Harvard (Cite Them Right)'];

describe.skipIf(!hasChromium)('the citation of a section', () => {
  const chromium = useChromium();

  it('is in the page without JavaScript: APA shown, the other styles a click away, the files linked', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SECTION}#gmg-meeting-7`);
    const citation = page.locator('.citation');
    await citation.locator('summary').first().click();
    expect(await citation.locator('.citation__label').textContent()).toBe(STYLES[0]);
    expect(await citation.locator('.citation__style > summary').allTextContents()).toEqual(STYLES.slice(1));
    const texts = citation.locator('[data-citation-text]');
    expect(await texts.count()).toBe(4);
    const apa = (await texts.first().textContent())?.trim();
    expect(apa).toMatch(/^UN Women\. \(2017\)\. Contribution to the Fifteenth Coordination Meeting on International Migration \(UN Document UN\/POP\/MIG-15CM\/2017\/1\)\./);
    expect(apa?.endsWith(CANONICAL)).toBe(true);
    expect(await texts.first().locator('i').textContent()).toBe('Contribution to the Fifteenth Coordination Meeting on International Migration');
    expect(await citation.locator('.citation__in-text').first().textContent()).toBe('In the text: (UN Women, 2017, Section A.1)');
    await citation.getByText('MLA (9th edition)').click();
    expect(await texts.nth(2).isVisible()).toBe(true);
    expect(await citation.locator('.citation__in-text').nth(2).textContent()).toBe('In the text: (UN Women, sec. A.1)');
    const files = citation.locator('.citation__files a');
    expect(await files.allTextContents()).toEqual(['RIS', 'BibTeX', 'CSL-JSON']);
    expect(await files.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
      ['ris', 'bib', 'json'].map((ext) => `${base}cite/chair-of-the-gmg.${ext}`),
    );
    expect(await page.locator('.citation__copy').count()).toBe(0);
    await context.close();
  });

  it('cites the passage whose link the reader followed, in every style, keeping the italics, and copies it', async () => {
    const context = await chromium.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(SECTION);
    await page.locator('#gmg-meeting-7 .permalink').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#gmg-meeting-7$/);
    await page.locator('.citation summary').first().click();
    const texts = page.locator('.citation [data-citation-text]');
    await expect.poll(async () => (await texts.allTextContents()).every((text) => text.includes(`${CANONICAL}#gmg-meeting-7`))).toBe(true);
    expect(await texts.first().locator('i').count()).toBe(1);

    await page.locator('.citation__copy').first().click();
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('UN Women. (2017). Contribution to the Fifteenth')).toBe(true);
    expect(copied.endsWith(`${CANONICAL}#gmg-meeting-7`)).toBe(true);
    expect(await page.locator('.citation__copy').count()).toBe(4);
    await context.close();
  });

  it('goes back to the section address when the anchor names no passage', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${SECTION}#gmg-meeting-7`);
    await page.goto(`${SECTION}#main`);
    const text = (await page.locator('.citation [data-citation-text]').first().textContent())?.trim();
    expect(text?.endsWith(CANONICAL)).toBe(true);
    await page.close();
  });
});

describe.skipIf(!hasChromium)('the citation of the whole report, on the home page', () => {
  const chromium = useChromium();

  it('cites the document by its title, UN Women and the symbol, at the home address', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(siteUrl);
    await page.locator('.citation summary', { hasText: 'Cite this report' }).click();
    const apa = (await page.locator('.citation [data-citation-text]').first().textContent())?.trim();
    expect(apa).toBe(
      'UN Women. (2017). Contribution to the Fifteenth Coordination Meeting on International Migration (UN Document UN/POP/MIG-15CM/2017/1). ' +
        'Population Division, Department of Economic and Social Affairs, United Nations Secretariat. ' +
        `Fifteenth Coordination Meeting on International Migration, New York, February 16–17, 2017. ${new URL(base, SITE_URL).href}`,
    );
    expect(await page.locator('.citation__in-text').first().textContent()).toBe('In the text: (UN Women, 2017)');
    expect(await page.locator('.citation__files a').first().getAttribute('href')).toBe(`${base}cite/report.ris`);
    await page.close();
  });
});
