import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseRegister, REGISTER_FILE } from '../../src/lib/addresses.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { landing } from '../support/landing.ts';
import { unregisteredAddresses, unregisteredMessage } from '../support/register.ts';

const siteUrl = inject('siteUrl');
const distDir = inject('distDir');
const base = inject('base');
const contentDir = join(resolve(import.meta.dirname, '../..'), 'content');
const registerFile = join(contentDir, REGISTER_FILE);
const register = parseRegister(readFileSync(registerFile, 'utf8'), registerFile);
const sectionPages = Object.entries(register.pages).filter(([, ids]) => ids.length > 0);

/** A register path (`/chair-of-the-gmg/`) as an address under the site's base. */
const at = (path: string, id?: string) => new URL(`${path.slice(1)}${id === undefined ? '' : `#${id}`}`, siteUrl).href;

// The build stays quiet about new addresses (a new section builds cleanly); `npm test` does not.
describe(`what is built is what ${REGISTER_FILE} records as published`, () => {
  it('every built page and passage address is in the register', () => {
    const missing = unregisteredAddresses(distDir, base, contentDir);
    expect(missing, unregisteredMessage(missing)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(`every address in ${REGISTER_FILE} lands, in Chromium`, () => {
  const chromium = useChromium();

  it('lists the pages and passages of the edition', () => {
    expect(Object.keys(register.pages)).toEqual(expect.arrayContaining(['/', '/full-report/', '/chair-of-the-gmg/']));
    expect(register.pages['/chair-of-the-gmg/']).toContain('gmg-meeting-7');
  });

  it('every registered page answers', async () => {
    const page = await (await chromium.browser.newContext()).newPage();
    for (const path of Object.keys(register.pages)) {
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(200);
    }
    await page.context().close();
  });

  // One page per section, and the full report once: each address is then a same-document jump.
  for (const [path, ids] of [...sectionPages, ['/full-report/', sectionPages.flatMap(([, list]) => list)] as const]) {
    it(`every passage registered ${path === '/full-report/' ? 'on a section page lands on the full report too' : `on ${path} lands on it`}`, async () => {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(at(path));
      for (const id of ids) {
        await page.goto(at(path, id));
        expect(await landing(page), `${path}#${id}`).toMatchObject({ target: id, belowHeader: true });
      }
      await context.close();
    });
  }
});
