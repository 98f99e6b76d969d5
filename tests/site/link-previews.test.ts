import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { SITE_URL } from '../../src/lib/site-url.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
/** Where the deployed site lives, and where this test serves the same files. */
const publicRoot = new URL(base, SITE_URL).href;
const pages = builtPages(distDir).filter((page) => page !== '404.html');

function tag(html: string, attribute: 'property' | 'name', key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
}

/** Width and height from a PNG's IHDR chunk, which the format puts first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('link previews', () => {
  it('the site has pages to preview', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('/%s names its own card by an absolute URL, with its size, alt text and the large Twitter card', (page) => {
    const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
    const image = tag(html, 'property', 'og:image') ?? '';
    expect(image.startsWith(publicRoot), image).toBe(true);
    expect(image).toMatch(/\/og\/[a-z0-9-]+\.png$/);
    expect(tag(html, 'property', 'og:image:width')).toBe('1200');
    expect(tag(html, 'property', 'og:image:height')).toBe('630');
    expect(tag(html, 'property', 'og:image:alt')).toMatch(/^UN\/POP\/MIG-15CM\/2017\/1\. .+: .+\. Fifteenth Coordination Meeting on International Migration/);
    expect(tag(html, 'name', 'twitter:card')).toBe('summary_large_image');
  });

  it('gives each page a card of its own', () => {
    const images = pages.map((page) => tag(readFileSync(join(distDir, pageFile(page)), 'utf8'), 'property', 'og:image'));
    expect(new Set(images).size).toBe(pages.length);
  });

  it('prints the section’s heading in the card’s alt text as the page prints it', () => {
    const html = readFileSync(join(distDir, 'chair-of-the-gmg/index.html'), 'utf8');
    expect(tag(html, 'property', 'og:image:alt')).toContain('Section A.1: 1. Chair of the GMG.');
  });
});

describe.skipIf(!hasChromium)('in Chromium, every page’s card', () => {
  const chromium = useChromium();

  it.each(pages)('/%s: its card is served as a 1200x630 PNG under 60 kB', async (page) => {
    const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
    const image = tag(html, 'property', 'og:image') ?? '';
    const served = new URL(image.slice(publicRoot.length), siteUrl).href;
    const context = await chromium.browser.newContext();
    try {
      const tab = await context.newPage();
      const response = await tab.goto(served);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toBe('image/png');
      const bytes = (await response?.body()) ?? Buffer.alloc(0);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      expect(bytes.length).toBeLessThan(60_000);
      // Chromium decodes it: the file is a picture, not only a header.
      const decoded = await tab.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, served);
      expect(decoded).toEqual([1200, 630]);
    } finally {
      await context.close();
    }
  });
});
