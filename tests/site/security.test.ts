import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { hasChromium, takeTrustedTypesViolations, useChromium } from '../support/chromium.ts';
import { builtPages, pageFile } from '../support/pages.ts';

const distDir = inject('distDir');
const siteUrl = inject('siteUrl');
const origin = new URL(siteUrl).origin;
const pages = builtPages(distDir);

type Element = Parse5.Element;

function elements(node: Parse5.Node): Element[] {
  const own = 'tagName' in node ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes.flatMap(elements) : [];
  return [...own, ...children];
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** A script element with a non-JavaScript type (JSON-LD) is a data block: never run, so outside the CSP. */
function isDataBlock(el: Element): boolean {
  return el.tagName === 'script' && attribute(el, 'type') === 'application/ld+json';
}

/** The policy of one built page, as directive name → sources. */
function policyOf(html: string): {
  policy: Map<string, string[]>;
  metas: number;
  firstLoadIndex: number;
  metaIndex: number;
} {
  const all = elements(parse(html));
  const metas = all.filter(
    (el) => el.tagName === 'meta' && (attribute(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy',
  );
  const content = (metas[0] === undefined ? '' : attribute(metas[0], 'content')) ?? '';
  const policy = new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
  const stylesheet = (el: Element) =>
    el.tagName === 'link' && (attribute(el, 'rel') ?? '').split(/\s+/).includes('stylesheet');
  const loads = (el: Element) =>
    (['script', 'style', 'img', 'iframe'].includes(el.tagName) && !isDataBlock(el)) || stylesheet(el);
  return {
    policy,
    metas: metas.length,
    metaIndex: metas[0] === undefined ? -1 : all.indexOf(metas[0]),
    firstLoadIndex: all.findIndex(loads),
  };
}

describe('Content-Security-Policy in every built page', () => {
  it.each(pages)('/%s has one strict policy, before anything it governs', (page) => {
    const html = readFileSync(join(distDir, pageFile(page)), 'utf8');
    const { policy, metas, metaIndex, firstLoadIndex } = policyOf(html);
    expect(metas).toBe(1);
    // A meta policy only governs what comes after it.
    if (firstLoadIndex !== -1) expect(metaIndex).toBeLessThan(firstLoadIndex);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    const scripts = policy.get('script-src') ?? [];
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(
      scripts.filter((source) => !/^'(self|wasm-unsafe-eval|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/.test(source)),
    ).toEqual([]);
    expect([...policy.keys()].filter((name) => /^script-src-(elem|attr)$/.test(name))).toEqual([]);
  });

  it.each(pages)('/%s has no inline script and no inline event handler', (page) => {
    const all = elements(parse(readFileSync(join(distDir, pageFile(page)), 'utf8')));
    const inline = all.filter((el) => el.tagName === 'script' && attribute(el, 'src') === undefined && !isDataBlock(el));
    const handlers = all.flatMap((el) => el.attrs.map((attr) => attr.name).filter((name) => /^on[a-z]/.test(name)));
    expect(
      inline.map((el) => JSON.stringify(el.childNodes.map((node) => ('value' in node ? node.value : ''))).slice(0, 80)),
    ).toEqual([]);
    expect(handlers).toEqual([]);
  });
});

interface Observed {
  violations: string[];
  consoleErrors: string[];
  /** Every URL the page requested, in order. */
  requests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Opens a page recording CSP violations, console errors, page errors and every request. */
async function observe(
  browser: Browser,
  path: string,
  act: (page: Page) => Promise<void> = async () => {},
): Promise<Observed> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const observed: Observed = { violations: [], consoleErrors: [], requests: [] };
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) {
      observed.consoleErrors.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => observed.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => observed.requests.push(request.url()));
  await page.goto(new URL(path, siteUrl).href);
  await act(page);
  await page.waitForLoadState('networkidle');
  observed.violations = await page.evaluate(() => window.__cspViolations ?? []);
  await context.close();
  return observed;
}

/** What a reader does on any page: use the search box (which may load search code) and a passage link. */
async function useThePage(page: Page): Promise<void> {
  const search = page.locator('input[type="search"]').first();
  if ((await search.count()) > 0) {
    await search.fill('migration');
    await page.waitForTimeout(300);
  }
  const permalink = page.locator('a.permalink').first();
  if ((await permalink.count()) > 0) {
    await permalink.focus();
    await permalink.press('Enter');
  }
}

describe.skipIf(!hasChromium)('in Chromium, every page', () => {
  const chromium = useChromium();

  it('the recorder itself sees a CSP violation (control)', async () => {
    const observed = await observe(chromium.browser, '', async (page) => {
      await page.evaluate(() => {
        const image = document.createElement('img');
        image.src = 'http://127.0.0.2/off-origin.png';
        document.body.append(image);
      });
      await page.waitForTimeout(100);
    });
    expect(observed.violations.join('\n')).toContain('img-src blocked http://127.0.0.2/off-origin.png');
    expect(observed.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('the page and header policies require Trusted Types, and the recorder sees a violation (control)', async () => {
    takeTrustedTypesViolations(chromium.browser);
    const observed = await observe(chromium.browser, '', async (page) => {
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<p>injected</p>');
        } catch {
          // Refused: a string may not become HTML under require-trusted-types-for 'script'.
        }
      });
    });
    expect(observed.violations.join('\n')).toContain('require-trusted-types-for');
    expect(takeTrustedTypesViolations(chromium.browser).join('\n')).toContain('require-trusted-types-for');
  });

  it('search, a tooltip, a quote link and the citation run under Trusted Types with no violation', async () => {
    takeTrustedTypesViolations(chromium.browser);
    const observed = await observe(chromium.browser, 'chair-of-the-gmg/', async (page) => {
      await page.locator('#site-search').fill('GMG');
      await page.locator('#site-search-results [role="option"]').first().waitFor();
      await page.keyboard.press('Escape');
      await page.locator('article .term__link').first().hover();
      await page.locator('#gmg-meeting-7 .permalink').focus();
      await page.keyboard.press('Enter');
      await page.locator('.citation__summary').click();
      await page.locator('.citation__copy').first().waitFor();
      await page.evaluate(() => {
        const words = document.querySelector('#gmg-meeting-7')!.firstChild!;
        getSelection()!.setBaseAndExtent(words, 0, words, 7);
      });
      await page.locator('.quote-link:not([hidden]) .quote-link__button').waitFor();
    });
    expect(observed.violations).toEqual([]);
    expect(takeTrustedTypesViolations(chromium.browser)).toEqual([]);
  });

  it.each(pages)('/%s: no CSP violation, no console error, no request leaves the origin', async (page) => {
    const observed = await observe(chromium.browser, page, useThePage);
    expect(observed.requests).toContain(new URL(page, siteUrl).href);
    expect(observed.requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(observed.violations).toEqual([]);
    expect(observed.consoleErrors).toEqual([]);
  });
});
