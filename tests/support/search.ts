import type { Page } from 'playwright-core';

/** The states the results listbox reports in `data-search-state`. */
export type SearchState = 'idle' | 'loading' | 'done' | 'empty' | 'error';

export const FIELD = '#site-search';
export const RESULTS = '#site-search-results';
export const OPTIONS = `${RESULTS} [role="option"]`;

/** Types a query into the header field (replacing what is there) and waits for its results to settle. */
export async function search(page: Page, query: string, settled: SearchState[] = ['done', 'empty']): Promise<SearchState> {
  await page.locator(FIELD).focus();
  await page.locator(FIELD).fill('');
  await page.locator(FIELD).pressSequentially(query);
  return waitForState(page, settled);
}

export async function waitForState(page: Page, states: SearchState[]): Promise<SearchState> {
  const selector = states.map((state) => `${RESULTS}[data-search-state="${state}"]`).join(', ');
  await page.waitForSelector(selector, { state: 'attached' });
  return (await page.getAttribute(RESULTS, 'data-search-state')) as SearchState;
}

/** The result links, in order, as the hrefs written in the page. */
export function resultHrefs(page: Page): Promise<string[]> {
  return page.$$eval(OPTIONS, (options) => options.map((option) => option.getAttribute('href') ?? ''));
}

/** Where the passage sits relative to the viewport and the sticky header. */
export function passageBox(page: Page, id: string) {
  return page.evaluate((passageId) => {
    const element = document.getElementById(passageId);
    const header = document.querySelector('.site-header');
    if (!element) return undefined;
    const box = element.getBoundingClientRect();
    const headerBottom = header && getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
    return { top: box.top, bottom: box.bottom, headerBottom, viewport: window.innerHeight };
  }, id);
}

/** Words marked by the landing highlighter inside one passage. */
export function marksIn(page: Page, id: string): Promise<string[]> {
  return page.$$eval(`[id="${id}"] mark.search-hit`, (marks) => marks.map((mark) => mark.textContent ?? ''));
}

/** The report text of the page, to show highlighting changes no words. */
export function reportText(page: Page): Promise<string> {
  return page.$$eval('.report-text', (roots) => roots.map((root) => root.textContent).join('\n'));
}
