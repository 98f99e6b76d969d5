import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const base = inject('base');
const SECTION = new URL('chair-of-the-gmg/', siteUrl).href;
/** The canonical address the citation gives: the public site URL, not the test server's. */
const CANONICAL = new URL(`${base}chair-of-the-gmg/`, SITE_URL).href;

describe.skipIf(!hasChromium)('the citation of a section', () => {
  const chromium = useChromium();

  it('is in the page without JavaScript, with the symbol and the section address', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${SECTION}#gmg-meeting-7`);
    await page.locator('.citation summary').click();
    const plain = (await page.locator('#citation-plain').textContent())?.trim();
    expect(plain).toContain('UN/POP/MIG-15CM/2017/1');
    expect(plain).toContain('Section A.1, “Chair of the GMG”');
    expect(plain?.endsWith(CANONICAL)).toBe(true);
    expect(await page.locator('#citation-bibtex').textContent()).toContain(`url         = {${CANONICAL}}`);
    expect(await page.locator('.citation__copy').first().isVisible()).toBe(false);
    await context.close();
  });

  it('cites the passage whose link the reader followed, in both styles, and copies it', async () => {
    const context = await chromium.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(SECTION);
    await page.locator('#gmg-meeting-7 .permalink').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/#gmg-meeting-7$/);
    await page.locator('.citation summary').click();
    const plain = page.locator('#citation-plain');
    await expect.poll(async () => (await plain.textContent())?.trim().endsWith(`${CANONICAL}#gmg-meeting-7`)).toBe(true);
    expect(await plain.textContent()).toContain('UN/POP/MIG-15CM/2017/1');
    expect(await page.locator('#citation-bibtex').textContent()).toContain(`{${CANONICAL}#gmg-meeting-7}`);

    await page.locator('.citation__copy', { hasText: 'Copy citation' }).click();
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Citation copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('UN/POP/MIG-15CM/2017/1');
    expect(copied.endsWith(`${CANONICAL}#gmg-meeting-7`)).toBe(true);
    await context.close();
  });

  it('goes back to the section address when the anchor names no passage', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${SECTION}#gmg-meeting-7`);
    await page.goto(`${SECTION}#main`);
    const text = (await page.locator('#citation-plain').textContent())?.trim();
    expect(text?.endsWith(CANONICAL)).toBe(true);
    await page.close();
  });
});
