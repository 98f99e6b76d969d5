import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');

const CHROME = ['.site-nav', '.search-form', '.breadcrumbs', '.page-toc', '.prev-next', '.skip-link', '.related', '.citation', 'button', '.permalink', '.site-footer'];

/** The selectors of the page's chrome that would still show on paper. */
function visibleChrome(page: Page): Promise<string[]> {
  return page.evaluate((selectors) => {
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      return getComputedStyle(element).display !== 'none' && box.width > 0 && box.height > 0;
    };
    return selectors.filter((selector) => [...document.querySelectorAll(selector)].some(shown));
  }, CHROME);
}

describe.skipIf(!hasChromium)('the print edition', () => {
  const chromium = useChromium();

  it('prints a section with the symbol and date at the top and none of the chrome', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(new URL('chair-of-the-gmg/', siteUrl).href);
    expect(await visibleChrome(page)).toEqual(expect.arrayContaining(['.site-nav', '.citation', '.related']));
    await page.emulateMedia({ media: 'print' });
    expect(await visibleChrome(page)).toEqual([]);
    const head = await page.evaluate(() => {
      const header = document.querySelector('.site-header');
      const article = document.querySelector('article.report-text');
      return {
        text: header instanceof HTMLElement ? header.innerText : '',
        above: (header?.getBoundingClientRect().bottom ?? Infinity) <= (article?.getBoundingClientRect().top ?? 0),
      };
    });
    expect(head.text).toContain('UN/POP/MIG-15CM/2017/1');
    expect(head.text).toContain('08 February 2017');
    expect(head.above).toBe(true);
    await page.close();
  });

  it('prints acronyms as plain words, never their tooltips, and prints the address of outside links', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(new URL('chair-of-the-gmg/', siteUrl).href);
    await page.emulateMedia({ media: 'print' });
    const link = page.locator('article .term__link').first();
    await link.hover();
    const styles = await page.evaluate(() => {
      const term = document.querySelector('article .term__link');
      const tip = document.querySelector('.term-tips');
      const article = document.querySelector('article.report-text');
      const outside = document.createElement('a');
      outside.href = 'https://www.unwomen.org/';
      outside.textContent = 'UN Women';
      article?.append(outside);
      return {
        termDecoration: term ? getComputedStyle(term).textDecorationLine : '',
        termAfter: term ? getComputedStyle(term, '::after').content : '',
        tip: tip ? getComputedStyle(tip).display : '',
        outsideAfter: getComputedStyle(outside, '::after').content,
      };
    });
    expect(styles).toEqual({ termDecoration: 'none', termAfter: 'none', tip: 'none', outsideAfter: '" <https://www.unwomen.org/>"' });
    await page.close();
  });

  it('prints the full report with the title page, its footnote and a page break between sections', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(new URL('full-report/', siteUrl).href);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleChrome(page)).toEqual([]);
    const layout = await page.evaluate(() => {
      const parts = [...document.querySelectorAll('.report-part')];
      const footnote = document.querySelector('.footnotes');
      return {
        parts: parts.length,
        breaks: parts.slice(1).filter((part) => getComputedStyle(part).breakBefore === 'page').length,
        footnote: footnote instanceof HTMLElement ? footnote.innerText : '',
        first: parts[0] instanceof HTMLElement ? parts[0].innerText : '',
      };
    });
    expect(layout.breaks).toBe(layout.parts - 1);
    expect(layout.footnote).toContain('The views expressed in the paper do not imply');
    expect(layout.first.startsWith('UN/POP/MIG-15CM/2017/1')).toBe(true);
    expect(layout.first).toContain('08 February 2017');
    await page.close();
  });
});
