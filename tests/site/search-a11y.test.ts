import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchChromium } from '../support/chromium.ts';
import { FIELD, search, waitForState } from '../support/search.ts';

const siteUrl = inject('siteUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe in the page (evaluated, so the page's CSP does not block it) and lists what it finds. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations;
  }, TAGS);
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe.skipIf(!hasChromium)('search accessibility (axe, WCAG 2.2 AA)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['light', 'dark'] as const)('finds nothing with the results open and one chosen (%s)', async (colorScheme) => {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 800 } });
    await page.goto(`${siteUrl}chair-of-the-gmg/`);
    expect(await search(page, 'New York Declaration')).toBe('done');
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute(FIELD, 'aria-expanded')).toBe('true');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing in the no-results state, on a phone-sized screen', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${siteUrl}initiatives-2017/`);
    expect(await search(page, 'zzqxw')).toBe('empty');
    expect(await page.isVisible('[data-search-help]')).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing on the search page, empty and with results', async () => {
    const page = await browser.newPage();
    await page.goto(`${siteUrl}search/`);
    await page.locator(FIELD).focus();
    await page.waitForSelector('[data-search-panel]', { state: 'visible' });
    expect(await violations(page)).toEqual([]);
    await page.goto(`${siteUrl}search/?q=CEDAW`);
    await waitForState(page, ['done']);
    expect(await violations(page)).toEqual([]);
    // With a misspelling corrected, and its "Search for … instead?" link.
    await page.goto(`${siteUrl}search/?q=Moldava`);
    await waitForState(page, ['done']);
    expect(await page.isVisible('[data-search-correction] a')).toBe(true);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing on a page opened from a result, with the highlighting shown', async () => {
    const page = await browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${siteUrl}eu-un-women-project/?highlight=CEDAW#eu-to-build-the-capacity-to-advance`);
    await page.waitForSelector('[data-search-highlight-clear]', { state: 'visible' });
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
