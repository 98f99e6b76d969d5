import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from '../support/chromium.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');

function html(page: string): string {
  return readFileSync(join(distDir, page, 'index.html'), 'utf8');
}

/** The hrefs of the links inside the elements matched by a class name. */
function linksIn(page: string, className: string): string[] {
  const source = html(page);
  const hrefs: string[] = [];
  for (const block of source.split(`class="${className}"`).slice(1)) {
    const list = block.slice(0, block.indexOf('</ul>'));
    for (const match of list.matchAll(/href="([^"]+)"/g)) if (match[1] !== undefined) hrefs.push(match[1]);
  }
  return hrefs;
}

/** Whether a site-relative href with a #fragment names an id on the built page it points at. */
function resolves(href: string): boolean {
  const [path = '', id = ''] = href.split('#');
  const page = path.slice(base.length).replace(/\/$/, '');
  return html(page).includes(` id="${id}"`);
}

describe('glossary and SDG pages (built files)', () => {
  it('list every glossary entry with at least one passage that uses it', () => {
    const source = html('glossary');
    const entries = [...source.matchAll(/<li class="glossary-entry[^"]*" id="(term-[^"]+)"/g)].map((match) => match[1]);
    expect(entries.length).toBeGreaterThan(30);
    expect(source).not.toContain('Not found in the report');
    for (const id of ['gmg', 'gfmd', 'cmw', 'cedaw', 'cerd', 'cescr', 'upr', 'csw', 'wg', 'sdg', 'eu', 'un', 'un-women']) {
      expect(entries).toContain(`term-${id}`);
    }
  });

  it('give the official name where the report words it differently', () => {
    const source = html('glossary');
    expect(source).toContain('Official name: Committee on Economic, Social and Cultural Rights. The report’s wording: Committee on Economic, Social and Cultural Affairs.');
  });

  it('link every use to a passage id that exists on its page', () => {
    const hrefs = [...linksIn('glossary', 'passage-links'), ...linksIn('sdg', 'passage-links')];
    expect(hrefs.length).toBeGreaterThan(100);
    for (const href of hrefs) {
      expect(href.startsWith(base), href).toBe(true);
      expect(resolves(href), href).toBe(true);
    }
  });

  it('quote the official SDG wording and list where the report refers to each', () => {
    const source = html('sdg');
    expect(source).toContain('Protect labour rights and promote safe and secure working environments for all workers, including migrant workers, in particular women migrants, and those in precarious employment');
    for (const id of ['goal-5', 'goal-8', 'target-8-8', 'goal-10', 'target-10-7']) {
      expect(source).toContain(`id="${id}"`);
      expect(html('activities-2016')).toContain(`href="${base}sdg/#${id}"`);
    }
    expect(source).not.toContain('Not found in the report');
  });

  it('gather cross-references by subject in one block after the text, each subject once, that resolve', () => {
    const source = html('chair-of-the-gmg');
    const aside = source.slice(source.indexOf('<aside class="related'), source.indexOf('</aside>'));
    expect(aside).toContain('data-pagefind-ignore');
    expect(source.indexOf('<aside class="related')).toBeGreaterThan(source.indexOf('</article>'));
    expect(source.split('<aside class="related')).toHaveLength(2);
    const subjects = [...aside.matchAll(/class="related__subject-name"[^>]*>([^<]+)</g)].map((match) => match[1]);
    expect(subjects).toEqual(expect.arrayContaining(['New York Declaration', 'GFMD']));
    expect(new Set(subjects).size).toBe(subjects.length);
    for (const item of aside.split('class="related__subject"').slice(1)) {
      const hrefs = [...item.slice(0, item.indexOf('</li>')).matchAll(/href="([^"]+)"/g)].map((match) => match[1] ?? '');
      const passages = hrefs.filter((href) => !href.startsWith(`${base}glossary/`));
      expect(passages.length).toBeLessThanOrEqual(5);
      for (const href of passages) {
        expect(href.startsWith(`${base}chair-of-the-gmg/`), href).toBe(false);
        expect(resolves(href), href).toBe(true);
      }
      const glossary = hrefs.filter((href) => href.startsWith(`${base}glossary/#term-`));
      expect(glossary).toHaveLength(1);
      expect(resolves(glossary[0] ?? ''), glossary[0]).toBe(true);
    }
    for (const page of ['eu-un-women-project', 'initiatives-2017']) {
      expect(html(page).includes('class="related__subject-name"'), page).toBe(true);
    }
  });
});

describe.skipIf(!hasChromium)('glossary backlinks in the browser', () => {
  const chromium = useChromium();

  for (const width of [1280, 375]) {
    it(`open the passage they name, marked as the target and in view (${width}px)`, async () => {
      const page = await chromium.browser.newPage({ viewport: { width, height: 800 } });
      await page.goto(new URL('glossary/#term-new-york-declaration', siteUrl).href);
      const backlink = page.locator('#term-new-york-declaration .passage-links a', { hasText: 'meeting 7' });
      const href = await backlink.getAttribute('href');
      expect(href).toBe(`${base}chair-of-the-gmg/#gmg-meeting-7`);
      await backlink.click();
      await page.waitForURL(/chair-of-the-gmg\/#gmg-meeting-7$/);
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        const header = document.querySelector('.site-header');
        if (!element || !header) return null;
        const box = element.getBoundingClientRect();
        const headerBottom = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
        return { id: element.id, top: box.top, bottom: box.bottom, headerBottom, height: window.innerHeight };
      });
      expect(target?.id).toBe('gmg-meeting-7');
      expect(target?.top).toBeGreaterThanOrEqual(target?.headerBottom ?? 0);
      expect(target?.bottom).toBeLessThanOrEqual(target?.height ?? 0);
      await page.close();
    });
  }
});
