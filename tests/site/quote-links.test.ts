import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const origin = new URL(siteUrl).origin;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors, uncaught errors, CSP violations and requests off the origin, as they happen. */
  problems: string[];
  clipboard: () => Promise<string>;
}

describe.skipIf(!hasChromium)('quote links in Chromium', () => {
  const chromium = useChromium();

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Session> {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__cspViolations?.push(event.effectiveDirective));
    });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) problems.push(`off-origin request: ${request.url()}`);
    });
    await page.goto(new URL(path, siteUrl).href);
    return { context, page, problems, clipboard: () => page.evaluate(() => navigator.clipboard.readText()) };
  }

  async function finish(session: Session): Promise<void> {
    const violations = await session.page.evaluate(() => window.__cspViolations ?? []);
    await session.context.close();
    expect([...session.problems, ...violations.map((v) => `CSP: ${v}`)]).toEqual([]);
  }

  /** Selects `words` (or their first `length` characters) inside `#id` as a drag would, by a DOM range. */
  async function select(page: Page, id: string, words: string, length = words.length): Promise<void> {
    await page.evaluate(
      ([targetId, quote, count]) => {
        const root = document.getElementById(targetId!)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(quote!);
          if (at === -1) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + Number(count));
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
        throw new Error(`"${quote}" is not in #${targetId}`);
      },
      [id, words, String(length)],
    );
  }

  const button = (page: Page) => page.locator('.quote-link:not([hidden]) .quote-link__button');
  const announced = (page: Page) => page.locator('[data-announcer]');

  /** Where the words of a followed quote link are, and what the page marks. */
  async function landing(page: Page, words: string) {
    await page.waitForFunction(() => window.scrollY > 0);
    await page.waitForTimeout(300);
    return page.evaluate((quote) => {
      // Chromium makes the element around the matched words the :target.
      const passage = document.querySelector(':target')?.closest<HTMLElement>('.passage, [data-footnotes] li');
      const walker = document.createTreeWalker(passage ?? document.body, NodeFilter.SHOW_TEXT);
      let rect: DOMRect | undefined;
      for (let node = walker.nextNode() as Text | null; node && !rect; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(quote);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        rect = range.getBoundingClientRect();
      }
      const header = document.querySelector('.site-header')!;
      return {
        passage: passage?.id,
        hash: location.hash,
        rect: rect && { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
        headerBottom: getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0,
        viewportHeight: innerHeight,
      };
    }, words);
  }

  /** Whether the browser paints the words in the site's ::target-text colour (#ffe066), read off a screenshot. */
  async function highlighted(page: Page, rect: { x: number; y: number; width: number; height: number }): Promise<boolean> {
    const png = await page.screenshot({ clip: rect });
    const decoder = await page.context().newPage();
    const share = await decoder.evaluate(async (data) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, image.width, image.height).data;
      let marked = 0;
      for (let i = 0; i < pixels.length; i += 4) {
        if (Math.abs(pixels[i]! - 0xff) < 8 && Math.abs(pixels[i + 1]! - 0xe0) < 8 && Math.abs(pixels[i + 2]! - 0x66) < 8) marked += 1;
      }
      return marked / (pixels.length / 4);
    }, png.toString('base64'));
    await decoder.close();
    return share > 0.3;
  }

  it('puts no quote control in the static pages (the script makes it)', () => {
    for (const page of builtPages(distDir)) {
      const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
      expect(html, page).not.toContain('quote-link');
    }
  });

  it('copies a link to words selected in one passage, without moving the text, and says so', async () => {
    const session = await open('chair-of-the-gmg/');
    const { page } = session;
    const layout = () =>
      page.$$eval('article.report-text > :not(.quote-link)', (elements) =>
        elements.map((el) => JSON.stringify(el.getBoundingClientRect())),
      );
    const before = await layout();
    await select(page, 'gmg-meeting-7', 'Counter Xenophobia');
    await button(page).waitFor();
    expect(await page.$eval('.quote-link', (el) => getComputedStyle(el).position)).toBe('absolute');
    // Under the selected words, and nothing else moved.
    const [words, box] = await page.evaluate(() => [
      getSelection()!.getRangeAt(0).getBoundingClientRect().toJSON(),
      document.querySelector('.quote-link')!.getBoundingClientRect().toJSON(),
    ]);
    expect(box.top).toBeGreaterThanOrEqual(words.bottom);
    expect(box.top - words.bottom).toBeLessThan(20);
    expect(await layout()).toEqual(before);
    await button(page).click();
    await expect.poll(() => announced(page).textContent()).toBe('Link to the quote copied.');
    expect(await session.clipboard()).toBe(`${siteUrl}chair-of-the-gmg/#gmg-meeting-7:~:text=Counter%20Xenophobia`);
    // The selection is still there after the click.
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Counter Xenophobia');
    await finish(session);
  });

  it('opens a copied quote link on its passage with the words in view and highlighted', async () => {
    const session = await open(`chair-of-the-gmg/#gmg-meeting-7:~:text=Counter%20Xenophobia`);
    const where = await landing(session.page, 'Counter Xenophobia');
    expect(where.passage).toBe('gmg-meeting-7');
    expect(where.hash).toBe('#gmg-meeting-7');
    expect(where.rect!.y).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.rect!.y + where.rect!.height).toBeLessThanOrEqual(where.viewportHeight);
    expect(await highlighted(session.page, where.rect!)).toBe(true);
    await finish(session);
  });

  it('controls: words outside the followed quote are not painted as highlighted', async () => {
    const session = await open('chair-of-the-gmg/#gmg-meeting-7');
    const where = await landing(session.page, 'Counter Xenophobia');
    expect(where.passage).toBe('gmg-meeting-7');
    expect(await highlighted(session.page, where.rect!)).toBe(false);
    await finish(session);
  });

  for (const [name, path, id, words, shown] of [
    ['words found earlier on the page too', 'chair-of-the-gmg/', 'gmg-meeting-7', 'New York Declaration', 'New York Declaration'],
    ['words the full report repeats', 'full-report/', 'gmg-meeting-7', 'New York Declaration', 'New York Declaration'],
    [
      'a long selection',
      'chair-of-the-gmg/',
      'gmg-in-addition-to-the-multi-stakeholder',
      'UN Women also contributed to the integration of a gender perspective in the UN Secretary-General',
      'contributed to the integration',
    ],
  ] as const) {
    it(`gives ${name} a link that lands on its own passage`, async () => {
      const session = await open(path);
      await select(session.page, id, words);
      await button(session.page).click();
      const link = await session.clipboard();
      expect(link.startsWith(`${siteUrl}${path}#${id}:~:text=`)).toBe(true);
      await finish(session);
      const arrival = await open(link.slice(siteUrl.length));
      const where = await landing(arrival.page, shown);
      expect(where.passage, link).toBe(id);
      expect(await highlighted(arrival.page, where.rect!), link).toBe(true);
      await finish(arrival);
    });
  }

  it('shows the link selected in a field when the clipboard is refused', async () => {
    const session = await open('chair-of-the-gmg/');
    const { page } = session;
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await select(page, 'gmg-meeting-7', 'Counter Xenophobia');
    await button(page).click();
    await expect.poll(() => announced(page).textContent()).toContain('Copying is not allowed here');
    const field = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      return { value: input.value, readOnly: input.readOnly, selected: input.value.slice(input.selectionStart!, input.selectionEnd!) };
    });
    const expected = `${siteUrl}chair-of-the-gmg/#gmg-meeting-7:~:text=Counter%20Xenophobia`;
    expect(field).toEqual({ value: expected, readOnly: true, selected: expected });
    await finish(session);
  });

  it('offers nothing for a selection across two passages', async () => {
    const session = await open('chair-of-the-gmg/');
    await session.page.evaluate(() => {
      const range = document.createRange();
      range.setStart(document.getElementById('gmg-meeting-6')!.firstChild!, 3);
      range.setEnd(document.getElementById('gmg-meeting-7')!.firstChild!, 8);
      getSelection()!.addRange(range);
    });
    await session.page.waitForTimeout(600);
    expect(await session.page.locator('.quote-link:not([hidden])').count()).toBe(0);
    await finish(session);
  });

  it('stays dismissed when Escape comes before the selection that grew has settled', async () => {
    const session = await open('chair-of-the-gmg/');
    const { page } = session;
    await select(page, 'gmg-meeting-7', 'Counter', 1);
    await page.keyboard.press('Shift+ArrowRight');
    await button(page).waitFor();
    // The reader extends the selection (as Shift+ArrowRight does) and presses Escape before the selection's
    // `selectionchange` arrives: on a loaded machine it can come after the key, as it does here, in one task.
    await page.evaluate(() => {
      getSelection()?.modify('extend', 'forward', 'character');
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(await page.locator('.quote-link').isHidden()).toBe(true);
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Cou');
    await page.waitForTimeout(600);
    expect(await page.locator('.quote-link').isHidden()).toBe(true);
    // Another selection brings it back.
    await page.keyboard.press('Shift+ArrowRight');
    await button(page).waitFor();
    await finish(session);
  });

  it('works from the keyboard: Shift+arrows select, Tab reaches the button, Enter copies, Escape leaves', async () => {
    const session = await open('chair-of-the-gmg/');
    const { page } = session;
    // Chromium extends a selection with Shift+arrows (placing a caret needs caret browsing, F7).
    await select(page, 'gmg-meeting-7', 'Counter', 1);
    for (let i = 1; i < 'Counter'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('Counter');
    await button(page).waitFor();
    await expect.poll(() => announced(page).textContent()).toContain('press Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this quote');
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page).textContent()).toBe('Link to the quote copied.');
    expect(await session.clipboard()).toBe(`${siteUrl}chair-of-the-gmg/#gmg-meeting-7:~:text=Counter`);
    await page.keyboard.press('Escape');
    expect(await page.locator('.quote-link').isHidden()).toBe(true);
    await finish(session);
  });

  it('works on a touch screen: a selection then a tap on the button copies the link', async () => {
    const session = await open('eu-un-women-project/', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await select(session.page, 'eu-in-november-2016-un-women-hosted', 'treaty body experts');
    await button(session.page).tap();
    expect(await session.clipboard()).toBe(`${siteUrl}eu-un-women-project/#eu-in-november-2016-un-women-hosted:~:text=treaty%20body%20experts`);
    await finish(session);
  });

  it('lets the citation offer the quote link that was followed, on the canonical address', async () => {
    const session = await open('chair-of-the-gmg/#gmg-meeting-7:~:text=Counter%20Xenophobia');
    const { page } = session;
    const quoteLink = page.locator('#citation-quote');
    await quoteLink.waitFor({ state: 'attached' });
    const canonical = new URL(`${base}chair-of-the-gmg/`, SITE_URL).href;
    expect(await quoteLink.textContent()).toBe(`${canonical}#gmg-meeting-7:~:text=Counter%20Xenophobia`);
    await page.locator('.citation__summary').click();
    await page.getByRole('button', { name: 'Copy quote link' }).click();
    expect(await session.clipboard()).toBe(`${canonical}#gmg-meeting-7:~:text=Counter%20Xenophobia`);
    // The citation points at the passage; moving to another passage withdraws the quote.
    expect(await page.locator('.citation [data-citation-text]').first().textContent()).toContain(`${canonical}#gmg-meeting-7`);
    await page.evaluate(() => (location.hash = '#gmg-meeting-6'));
    await expect.poll(() => quoteLink.isVisible()).toBe(false);
    await finish(session);
  });

  it('offers no quote link in the citation after a plain passage link', async () => {
    const session = await open('chair-of-the-gmg/#gmg-meeting-7');
    await session.page.waitForTimeout(300);
    expect(await session.page.locator('#citation-quote').count()).toBe(0);
    await finish(session);
  });

  it('lets the quoted words keep the browser’s mark and place over a search landing’s', async () => {
    // The quoted words end a paragraph taller than the screen; the search landing scrolls to a passage's start.
    const id = 'eu-in-this-project-human-rights-mechanisms';
    const words = 'concluding observations of two state parties';
    const session = await open(`eu-un-women-project/?highlight=CMW#${id}:~:text=${encodeURIComponent(words)}`, {
      viewport: { width: 360, height: 420 },
    });
    const where = await landing(session.page, words);
    expect(where.passage).toBe(id);
    expect(await session.page.locator('.report-text mark').count()).toBe(0);
    expect(where.rect!.y).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.rect!.y + where.rect!.height).toBeLessThanOrEqual(where.viewportHeight);
    expect(await highlighted(session.page, where.rect!)).toBe(true);
    await finish(session);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`stays clean under axe with the quote button shown (${colorScheme})`, async () => {
      const session = await open('chair-of-the-gmg/', { colorScheme });
      await select(session.page, 'gmg-meeting-7', 'Counter Xenophobia');
      await button(session.page).waitFor();
      await session.page.evaluate(axeSource);
      const results = (await session.page.evaluate(() =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        }),
      )) as AxeResults;
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`)).toEqual([]);
      await finish(session);
    });
  }
});
