import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const SECTION = new URL('chair-of-the-gmg/', siteUrl).href;

/** The tooltip a term link points at with aria-describedby. */
async function tipOf(page: Page, linkSelector: string) {
  const id = await page.locator(linkSelector).getAttribute('aria-describedby');
  if (id === null) throw new Error(`${linkSelector} has no aria-describedby`);
  return page.locator(`[id="${id}"]`);
}

describe.skipIf(!hasChromium)('acronyms in the text', () => {
  const chromium = useChromium();

  it('show their expansion when reached with the keyboard', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(SECTION);
    let focused = '';
    for (let presses = 0; presses < 80 && focused === ''; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('.term__link') ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(focused).toBe('UN Women');
    const tip = await tipOf(page, '.term__link:focus');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('United Nations Entity for Gender Equality and the Empowerment of Women');
    expect(await tip.getAttribute('role')).toBe('tooltip');

    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('show their expansion on hover, inside the window, and keep it while the pointer moves onto it', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(SECTION);
    const links = page.locator('article .term__link');
    const count = await links.count();
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      await link.hover();
      const tip = await tipOf(page, `article .term__link >> nth=${index}`);
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expect
        .poll(() => tip.evaluate((element) => element.getBoundingClientRect().right <= document.documentElement.clientWidth))
        .toBe(true);
    }
    const first = links.first();
    await first.hover();
    const tip = await tipOf(page, 'article .term__link >> nth=0');
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.close();
  });

  it('show their expansion on a tap, and a second tap opens the glossary entry', async () => {
    const context = await chromium.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(SECTION);
    const link = page.locator('article .term__link', { hasText: /^GMG$/ }).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const tip = page.locator(`[id="${await link.getAttribute('aria-describedby')}"]`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('Global Migration Group');
    expect(page.url()).toBe(SECTION);
    expect(await tip.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth)).toBe(true);

    await link.tap();
    await page.waitForURL(/glossary\/#term-gmg$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('term-gmg');
    await context.close();
  });

  it('without JavaScript, still show the expansion on hover and link to the glossary', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SECTION);
    const link = page.locator('article .term__link').first();
    await link.hover();
    expect(await (await tipOf(page, 'article .term__link >> nth=0')).isVisible()).toBe(true);
    await link.click();
    await page.waitForURL(/glossary\/#term-un-women$/);
    await context.close();
  });

  it('leave the words of the article as published: the tooltips are hidden and marked as ours', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(SECTION);
    const check = await page.evaluate(() => {
      const article = document.querySelector<HTMLElement>('article.report-text');
      if (!article) return null;
      const tips = article.querySelectorAll('.term__tip');
      const unmarked = [...tips].filter((tip) => !tip.matches('[data-apparatus][data-pagefind-ignore][hidden]')).length;
      return { text: article.innerText, tips: tips.length, unmarked };
    });
    expect(check?.tips).toBeGreaterThan(5);
    expect(check?.unmarked).toBe(0);
    expect(check?.text).toContain('UN Women served as 2016 Chair of the Global Migration Group (GMG), the UN\'s system\'s');
    expect(check?.text).not.toContain('United Nations Entity for Gender Equality');
    await page.close();
  });
});
