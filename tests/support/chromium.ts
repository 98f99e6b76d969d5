import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
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

export function launchChromium(): Promise<Browser> {
  if (chromiumPath === undefined) throw new Error('Chromium is not installed');
  return chromium.launch({ executablePath: chromiumPath, args: FLAGS });
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
