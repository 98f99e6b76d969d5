import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const publicUrl = (path: string) => new URL(`${base}${path}`, SITE_URL).href;
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

function meta(html: string, property: string): string | undefined {
  return new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html)?.[1];
}

describe('page metadata (built files)', () => {
  it('gives every page a title, our description, a canonical URL, Open Graph tags and lang="en"', () => {
    for (const page of builtPages(distDir).filter((path) => path !== '404.html')) {
      const html = read(pageFile(page));
      expect(html, page).toMatch(/^<!DOCTYPE html><html lang="en">/);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{20,}">/);
      const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
      expect(canonical?.startsWith(publicUrl('')), page).toBe(true);
      expect(meta(html, 'og:url'), page).toBe(canonical);
      expect(meta(html, 'og:title'), page).toBeTruthy();
      expect(meta(html, 'og:description'), page).toBeTruthy();
      expect(html, page).toContain(`<link rel="icon" href="${base}favicon.svg"`);
    }
  });

  it('keeps the 404 page, served at any missing address, out of search engines and without a canonical URL', () => {
    const html = read(pageFile('404.html'));
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en">/);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
  });

  it('describes the report as schema.org JSON-LD on the report pages', () => {
    for (const page of ['', 'full-report/', 'chair-of-the-gmg/']) {
      const html = read(pageFile(page));
      const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
      expect(block, page).toBeDefined();
      const data = JSON.parse(block ?? '');
      expect(data).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Report',
        identifier: 'UN/POP/MIG-15CM/2017/1',
        datePublished: '2017-02-08',
        url: publicUrl(''),
        author: { '@type': 'Organization', name: 'UN Women' },
        isPartOf: {
          '@type': 'Event',
          name: 'Fifteenth Coordination Meeting on International Migration',
          startDate: '2017-02-16',
          endDate: '2017-02-17',
        },
      });
    }
    const section = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(read('chair-of-the-gmg/index.html'))?.[1] ?? '');
    expect(section.hasPart).toEqual({ '@type': 'CreativeWork', name: '1. Chair of the GMG', url: publicUrl('chair-of-the-gmg/'), position: 2 });
  });

  it('lists every page but the 404 in the sitemap, and names the sitemap in robots.txt', () => {
    const index = read('sitemap-index.xml');
    expect(index).toContain(`<loc>${publicUrl('sitemap-0.xml')}</loc>`);
    const sitemap = read('sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    const pages = builtPages(distDir).filter((page) => page !== '404.html');
    expect(listed.sort()).toEqual(pages.map((page) => publicUrl(page)).sort());
    expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl('sitemap-index.xml')}\n`);
  });
});

describe.skipIf(!hasChromium)('JSON-LD in the browser', () => {
  const chromium = useChromium();

  it('parses, and is data the Content-Security-Policy lets through without complaint', async () => {
    const page = await chromium.browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(new URL('chair-of-the-gmg/', siteUrl).href);
    const data = await page.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null'));
    expect(data['@type']).toBe('Report');
    expect(data.identifier).toBe('UN/POP/MIG-15CM/2017/1');
    expect(problems).toEqual([]);
    await page.close();
  });
});
