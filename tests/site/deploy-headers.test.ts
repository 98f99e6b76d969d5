import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/lib/headers-file.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const pages = builtPages(distDir);

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = /^public, max-age=\d{1,4}, must-revalidate$/;

/** A policy as directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

function metaPolicy(page: string): string {
  const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

/** Files named by a hash of their content: Astro's bundles and Pagefind's index, fragments, filters and metadata. */
function hashedFiles(): string[] {
  const astro = readdirSync(join(distDir, '_astro')).map((name) => `_astro/${name}`);
  const pagefind = readdirSync(join(distDir, 'pagefind'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(distDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => /^pagefind\/(index|fragment|filter)\/|\.pf_meta$/.test(file));
  return [...astro, ...pagefind];
}

describe('dist/_headers', () => {
  const text = readFileSync(join(distDir, '_headers'), 'utf8');

  it('carries Strict-Transport-Security for every file', () => {
    const rules = parseHeaders(text);
    for (const file of ['', 'glossary/', '_astro/x.js', 'pagefind/pagefind.js', 'report.md']) {
      expect(headersFor(rules, `${base}${file}`).get('strict-transport-security'), file).toMatch(/^max-age=\d{8,}$/);
    }
  });

  it('puts every rule under the base path', () => {
    const patterns = text.split('\n').filter((line) => line !== '' && !/^[\s#]/.test(line));
    expect(patterns.length).toBeGreaterThan(3);
    for (const pattern of patterns) expect(pattern.startsWith(base), pattern).toBe(true);
  });

  it('lists Pagefind’s hashed files among the immutable ones', () => {
    expect(hashedFiles().some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect(hashedFiles().some((file) => file.endsWith('.pf_meta'))).toBe(true);
  });
});

describe.skipIf(!hasChromium)('in Chromium, the served site carries the header policy', () => {
  const chromium = useChromium();

  it.each(pages)('/%s: CSP header (the page’s own policy plus frame-ancestors), nosniff, referrer policy, HSTS, short caching', async (page) => {
    const context = await chromium.browser.newContext();
    try {
      const response = await (await context.newPage()).goto(new URL(page, siteUrl).href);
      const headers = (await response?.allHeaders()) ?? {};
      const header = directives(headers['content-security-policy'] ?? '');
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
      // The header allows everything the page's meta policy allows, and no more than any page's.
      const meta = directives(metaPolicy(page));
      expect(meta.size).toBeGreaterThan(0);
      for (const [name, sources] of meta) expect(header.get(name), name).toEqual(sources);
      expect([...header.keys()].sort()).toEqual([...meta.keys(), 'frame-ancestors'].sort());
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['strict-transport-security']).toMatch(/^max-age=\d{8,}/);
      expect(header.get('require-trusted-types-for')).toEqual(["'script'"]);
      expect(header.get('trusted-types')).toEqual(["'none'"]);
      expect(headers['cache-control']).toMatch(SHORT);
    } finally {
      await context.close();
    }
  });

  it('hashed assets are cached for a year as immutable; other files are not', async () => {
    const context = await chromium.browser.newContext();
    try {
      const hashed = hashedFiles();
      expect(hashed.length).toBeGreaterThan(5);
      for (const file of hashed) {
        const response = await context.request.get(new URL(file, siteUrl).href);
        expect(response.status(), file).toBe(200);
        expect(response.headers()['cache-control'], file).toBe(IMMUTABLE);
        expect(response.headers()['content-security-policy'], file).toContain("frame-ancestors 'none'");
      }
      for (const file of ['pagefind/pagefind.js', 'og/index.png', 'favicon.svg']) {
        const response = await context.request.get(new URL(file, siteUrl).href);
        expect(response.status(), file).toBe(200);
        expect(response.headers()['cache-control'], file).not.toContain('immutable');
      }
    } finally {
      await context.close();
    }
  });

  it('no page may frame the site, not even its own (frame-ancestors)', async () => {
    const context = await chromium.browser.newContext();
    try {
      const tab = await context.newPage();
      const refused: string[] = [];
      tab.on('console', (message) => {
        if (/frame-ancestors/.test(message.text())) refused.push(message.text());
      });
      await tab.goto(new URL('search/', siteUrl).href);
      // Same origin, so only the framed page's header policy can refuse it.
      await tab.evaluate((src) => {
        const frame = document.createElement('iframe');
        frame.src = src;
        document.body.append(frame);
      }, new URL('glossary/', siteUrl).href);
      // However long a loaded machine takes to load the frame and refuse it.
      await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
      const framed = tab.frames().find((frame) => frame !== tab.mainFrame());
      expect(refused.join('\n')).toMatch(/violates .*frame-ancestors 'none'/);
      // Chromium shows its own "blocked" page in the frame instead of the glossary.
      expect(framed).toBeDefined();
      expect(await framed?.evaluate(() => document.querySelector('h1')?.textContent?.trim() ?? '').catch(() => '')).not.toBe('Glossary');
    } finally {
      await context.close();
    }
  });
});
