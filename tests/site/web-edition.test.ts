import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages } from '../support/pages.ts';
import { reportText } from '../support/report-text.ts';
import { readableBlocks, readSource, sentences, squeeze, withoutSpace } from '../support/source-text.ts';

const siteUrl = inject('siteUrl');
const blocks = readableBlocks(readSource());
const printedHeadings = blocks.filter((block) => /^[A-Z0-9]\. /.test(block));

describe.skipIf(!hasChromium)('the web edition in Chromium', () => {
  const chromium = useChromium();

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await chromium.browser.newContext(options);
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href);
    return page;
  }

  async function sectionPaths(): Promise<string[]> {
    const page = await open('');
    const hrefs = await page.$$eval('nav[aria-label="Report contents"] ol a', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    await page.context().close();
    return hrefs;
  }

  it('finds the printed section headings A, 1, 2 and B in the source', () => {
    expect(printedHeadings.map((heading) => heading.slice(0, 2))).toEqual(['A.', '1.', '2.', 'B.']);
  });

  it('gives every section a page whose h1 is its printed heading, marked current in the contents', async () => {
    const headings: string[] = [];
    for (const href of await sectionPaths()) {
      const page = await open(href);
      headings.push(squeeze(await page.$eval('h1', (h1) => h1.textContent ?? '')));
      expect(await page.$eval('[aria-current="page"]', (link) => (link as HTMLAnchorElement).href)).toBe(href);
      await page.context().close();
    }
    expect(headings).toEqual(expect.arrayContaining(printedHeadings));
    expect(headings[0]).toBe('CONTRIBUTION TO THE FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION1');
  });

  it('links each section to its neighbours and breadcrumbs to its parent', async () => {
    const page = await open('chair-of-the-gmg/');
    expect(await page.$eval('a[rel="prev"]', (a) => a.getAttribute('href'))).toMatch(/\/activities-2016\/$/);
    expect(await page.$eval('a[rel="next"]', (a) => a.getAttribute('href'))).toMatch(/\/eu-un-women-project\/$/);
    const crumbs = await page.$$eval('nav[aria-label="Breadcrumbs"] li', (items) => items.map((li) => li.textContent?.trim()));
    expect(crumbs).toEqual(['Home', 'A. Activities in 2016', 'A.1 Chair of the GMG']);
    await page.context().close();
  });

  it('has no duplicate id on any page', async () => {
    for (const path of builtPages(inject('distDir'))) {
      const page = await open(path);
      const duplicates = await page.$$eval('[id]', (elements) => {
        const ids = elements.map((element) => element.id);
        return ids.filter((id, index) => ids.indexOf(id) !== index);
      });
      expect(duplicates, `duplicate ids on /${path}`).toEqual([]);
      await page.context().close();
    }
  });

  it('numbers the seven GMG meetings as printed, with items 6 and 7 continuing the list', async () => {
    const page = await open('chair-of-the-gmg/');
    const items = await page.$$eval('article ol > li', (lis) =>
      lis.map((li) => {
        const list = li.parentElement as HTMLOListElement;
        return { id: li.id, number: list.start + [...list.children].indexOf(li) };
      }),
    );
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `gmg-meeting-${n}`, number: n })));
    expect(await page.$eval('#gmg-meeting-7', (li) => li.textContent)).toBe(
      'The New York Declaration for Refugees and Migrants: Implementation of Commitments to Counter Xenophobia',
    );
    await page.context().close();
  });

  it('gives every passage of the report a readable id', async () => {
    const page = await open('full-report/');
    const ids = await page.$$eval('article.report-text :is(p, li, h1, h2, h3)', (elements) =>
      elements.filter((element) => !element.closest('[data-footnotes]')).map((element) => element.id),
    );
    expect(ids.length).toBeGreaterThan(30);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)+$/);
    await page.context().close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 700 },
  ]) {
    it(`shows a linked passage below the header and marks it, at ${viewport.width}px`, async () => {
      for (const path of ['chair-of-the-gmg/#gmg-meeting-7', 'full-report/#eu-in-november-2016-un-women-hosted']) {
        const page = await open(path, { viewport });
        const id = path.split('#')[1];
        await page.waitForFunction(() => window.scrollY > 0);
        const geometry = await page.evaluate((targetId) => {
          const target = document.getElementById(targetId ?? '')!.getBoundingClientRect();
          const header = document.querySelector('.site-header')!;
          const sticky = getComputedStyle(header).position === 'sticky';
          return {
            top: target.top,
            bottom: target.bottom,
            headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
            viewportHeight: window.innerHeight,
            target: document.querySelector(':target')?.id,
            background: getComputedStyle(document.getElementById(targetId ?? '')!).backgroundColor,
          };
        }, id);
        expect(geometry.target).toBe(id);
        expect(geometry.top).toBeGreaterThanOrEqual(geometry.headerBottom);
        expect(geometry.bottom).toBeLessThanOrEqual(geometry.viewportHeight);
        expect(geometry.background).not.toBe('rgba(0, 0, 0, 0)');
        await page.context().close();
      }
    });
  }

  it('shows the whole text, word for word, on the full report with JavaScript off', async () => {
    const page = await open('full-report/', { javaScriptEnabled: false });
    const text = await reportText(page);
    expect(withoutSpace(text)).toBe(withoutSpace(blocks.join('')));
    await page.context().close();
  });

  it('shows every sentence of the source in order across the section pages with JavaScript off', async () => {
    let text = '';
    for (const href of await sectionPaths()) {
      const page = await open(href, { javaScriptEnabled: false });
      text += `${squeeze(await reportText(page))} `;
      await page.context().close();
    }
    let cursor = 0;
    for (const sentence of blocks.flatMap(sentences)) {
      const at = text.indexOf(sentence, cursor);
      expect(at, `"${sentence}" should follow position ${cursor}`).toBeGreaterThanOrEqual(cursor);
      cursor = at + sentence.length;
    }
  });

  it('reveals a passage link on hover and on keyboard focus, and copies it with an announcement', async () => {
    const page = await open('eu-un-women-project/', { viewport: { width: 1280, height: 800 } });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    const link = page.locator('#eu-item-1, #eu-in-november-2016-un-women-hosted').first().locator('> .permalink');
    const opacity = () => link.evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    await page.hover('#eu-in-november-2016-un-women-hosted');
    expect(await opacity()).toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    expect(await opacity()).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-announcer]')).toBe('Link to the passage copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      new URL('eu-un-women-project/#eu-in-november-2016-un-women-hosted', siteUrl).href,
    );
    expect(await link.getAttribute('aria-label')).toBe('Link to passage eu-in-november-2016-un-women-hosted');
    await page.context().close();
  });

  it('opens on the title page with a contents list describing every section', async () => {
    const page = await open('');
    expect(squeeze(await page.$eval('h1', (h1) => h1.textContent ?? ''))).toMatch(/^CONTRIBUTION TO THE FIFTEENTH/);
    const entries = await page.$$eval('.contents__item', (items) => items.map((item) => item.textContent ?? ''));
    expect(entries.length).toBe((await sectionPaths()).length + 1);
    await page.context().close();
  });

  it('answers an unknown address with a 404 page that offers the contents and a way back', async () => {
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(new URL('no-such-section/', siteUrl).href);
    expect(response?.status()).toBe(404);
    expect(await page.textContent('h1')).toBe('Page not found');
    expect(await page.$$eval('.contents__item a', (links) => links.length)).toBeGreaterThan(4);
    expect(await page.getAttribute('main a[href]', 'href')).toBe(new URL(siteUrl).pathname);
    await context.close();
  });
});
