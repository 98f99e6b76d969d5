import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const SECTION = new URL('chair-of-the-gmg/', siteUrl).href;

/** The tooltip a term link points at with aria-describedby. */
async function tipOf(page: Page, link: Locator): Promise<Locator> {
  const id = await link.getAttribute('aria-describedby');
  if (id === null) throw new Error('the term link has no aria-describedby');
  return page.locator(`[id="${id}"]`);
}

/** What Chromium's accessibility tree gives a screen reader for the element: name and description. */
async function accessible(page: Page, selector: string): Promise<{ name: unknown; description: unknown }> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return { name: nodes[0]?.name?.value, description: nodes[0]?.description?.value };
}

describe.skipIf(!hasChromium)('acronyms in the text', () => {
  const chromium = useChromium();

  it('show their expansion when reached with the keyboard, right below the term, and Escape hides it', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(SECTION);
    let focused = '';
    for (let presses = 0; presses < 80 && focused === ''; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement?.matches('.term__link') ? (document.activeElement.textContent ?? '') : ''));
    }
    expect(focused).toBe('UN Women');
    const link = page.locator('.term__link:focus');
    const tip = await tipOf(page, link);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('United Nations Entity for Gender Equality and the Empowerment of Women');
    expect(await tip.getAttribute('role')).toBe('tooltip');
    const [term, box] = await Promise.all([link.boundingBox(), tip.boundingBox()]);
    expect(Math.abs((box?.y ?? 0) - ((term?.y ?? 0) + (term?.height ?? 0)))).toBeLessThan(2);
    expect(Math.abs((box?.x ?? 0) - (term?.x ?? 0))).toBeLessThan(2);

    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('UN Women');
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('show their expansion on hover, inside the window, keep it while the pointer moves onto it, and drop it after', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 900, height: 900 } });
    await page.goto(SECTION);
    const links = page.locator('article .term__link');
    const count = await links.count();
    expect(count).toBeGreaterThan(5);
    for (let index = 0; index < count; index += 1) {
      const link = links.nth(index);
      await link.hover();
      const tip = await tipOf(page, link);
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expect
        .poll(() => tip.evaluate((element) => element.getBoundingClientRect().right <= document.documentElement.clientWidth))
        .toBe(true);
    }
    const first = links.first();
    await first.hover();
    const tip = await tipOf(page, first);
    await tip.hover();
    expect(await tip.isVisible()).toBe(true);
    await page.mouse.move(5, 890);
    await expect.poll(() => tip.isVisible()).toBe(false);
    await page.close();
  });

  it('show their expansion on a tap, and a second tap opens the glossary entry', async () => {
    const context = await chromium.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(SECTION);
    const link = page.locator('article .term__link', { hasText: /^GMG$/ }).first();
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    const tip = await tipOf(page, link);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toBe('Global Migration Group');
    expect(page.url()).toBe(SECTION);
    expect(await tip.evaluate((element) => element.getBoundingClientRect().right <= window.innerWidth)).toBe(true);

    await link.tap();
    await page.waitForURL(/glossary\/#term-gmg$/);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('term-gmg');
    await context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`give screen readers the expansion as the link's description (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const context = await chromium.browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(SECTION);
      expect(await accessible(page, 'article .term__link')).toEqual({
        name: 'UN Women',
        description: 'United Nations Entity for Gender Equality and the Empowerment of Women',
      });
      await context.close();
    });
  }

  it('without JavaScript, link to the glossary entry', async () => {
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(SECTION);
    const link = page.locator('article .term__link').first();
    expect(await link.getAttribute('href')).toMatch(/glossary\/#term-un-women$/);
    await link.hover();
    expect(await (await tipOf(page, link)).isVisible()).toBe(false);
    await link.click();
    await page.waitForURL(/glossary\/#term-un-women$/);
    await context.close();
  });

  for (const path of ['chair-of-the-gmg/', 'activities-2016/', 'full-report/']) {
    it(`keep the tooltips out of the report's text on /${path}: one per term used, after the article`, async () => {
      const context = await chromium.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(new URL(path, siteUrl).href);
      const check = await page.evaluate(() => {
        const used = [...document.querySelectorAll('article .term__link')].map((link) => link.getAttribute('aria-describedby'));
        const tips = [...document.querySelectorAll<HTMLElement>('[role="tooltip"]')];
        return {
          used: [...new Set(used)].sort(),
          tips: tips.map((tip) => tip.id).sort(),
          inArticle: document.querySelectorAll('article [role="tooltip"], article .term__tip, article [data-apparatus]').length,
          afterArticle: tips.every(
            (tip) => document.querySelector('article')?.compareDocumentPosition(tip) === Node.DOCUMENT_POSITION_FOLLOWING,
          ),
          marked: tips.every((tip) => tip.matches('[hidden]') && tip.closest('[data-apparatus][data-pagefind-ignore]') !== null),
          text: document.querySelector<HTMLElement>('article')?.textContent ?? '',
        };
      });
      expect(check.used.length).toBeGreaterThan(2);
      expect(check.tips).toEqual(check.used);
      expect(check.inArticle).toBe(0);
      expect(check.afterArticle).toBe(true);
      expect(check.marked).toBe(true);
      if (path === 'chair-of-the-gmg/') {
        expect(check.text).not.toContain('United Nations Entity for Gender Equality');
        expect(check.text).toContain("UN Women served as 2016 Chair of the Global Migration Group (GMG), the UN's system's");
      }
      await context.close();
    });
  }
});
