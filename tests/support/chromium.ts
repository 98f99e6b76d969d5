import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags that keep Chromium from reaching for the network, which this machine does not have. */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const chromiumPath = CANDIDATES.find((candidate) => candidate !== undefined && existsSync(candidate));

/** Outside CI a machine without Chromium skips the browser suites, loudly; inside CI it is an error. */
export const hasChromium = (() => {
  if (chromiumPath !== undefined) return true;
  if (process.env['CI']) throw new Error('CI needs Chromium at /usr/bin/chromium (.ci/run installs it).');
  console.warn('\n!!! No Chromium found: SKIPPING the browser tests. Install it with apt-get install chromium. !!!\n');
  return false;
})();

/** Trusted Types violations seen so far in each browser's pages, not yet taken by a test. */
const trustedTypesSeen = new WeakMap<Browser, string[]>();

/**
 * Every page the site serves runs under `require-trusted-types-for 'script'; trusted-types 'none'`.
 * Each context a test opens records any Trusted Types violation (a string handed to an HTML or script
 * sink, a policy created), whatever the test itself checks; closing the browser fails on any left.
 */
async function recordTrustedTypes(context: BrowserContext, seen: string[]): Promise<BrowserContext> {
  await context.exposeBinding('__trustedTypesViolation', ({ page }, text: string) => {
    seen.push(`${page.url()}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      if (!event.effectiveDirective.includes('trusted-types')) return;
      const report = (window as unknown as { __trustedTypesViolation: (text: string) => Promise<void> }).__trustedTypesViolation;
      void report(`${event.effectiveDirective} (${event.sample || event.blockedURI}) at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return context;
}

/** The Trusted Types violations a browser's pages reported since last asked (the list is emptied). */
export function takeTrustedTypesViolations(browser: Browser): string[] {
  const seen = trustedTypesSeen.get(browser) ?? [];
  return seen.splice(0, seen.length);
}

export async function launchChromium(): Promise<Browser> {
  if (chromiumPath === undefined) throw new Error('Chromium is not installed');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: FLAGS });
  const seen: string[] = [];
  trustedTypesSeen.set(browser, seen);
  // browser.newPage() opens its context through newContext() too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => recordTrustedTypes(await newContext(options), seen);
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (seen.length > 0) throw new Error(`Trusted Types violations in this suite's pages:\n${seen.join('\n')}`);
  };
  return browser;
}

/**
 * One Chromium for the enclosing `describe` block: launched before its tests, closed after them.
 * Read `.browser` inside tests and hooks, once the launch has happened.
 */
export function useChromium(): { readonly browser: Browser } {
  let launched: Browser | undefined;
  beforeAll(async () => {
    launched = await launchChromium();
  });
  afterAll(async () => {
    await launched?.close();
  });
  return {
    get browser(): Browser {
      if (launched === undefined) throw new Error('Chromium is used before its beforeAll hook ran');
      return launched;
    },
  };
}
