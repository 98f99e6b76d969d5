import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../.htmlvalidate.mjs';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { landing } from '../support/landing.ts';
import { unregisteredAddresses, unregisteredMessage } from '../support/register.ts';
import { serveSite, type StaticSite } from '../support/serve.ts';

/**
 * Issue 8: a published address keeps landing on its passage through rewording, renaming and
 * retirement. Each build works on a copy of the real content in a temporary folder, edited as a
 * maintainer would edit it.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe's WCAG 2.2 AA violations on the page as it stands, by rule id. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    }),
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' ')}`);
}
const OLD_ID = 'gmg-un-women-took-the-lead-in';
const NEW_ID = 'gmg-un-women-led-the-coordination-of';
const RETIRED_ID = 'gmg-at-the-summit-member-states-adopted';
const MOVED_PASSAGE = 'eu-to-build-the-capacity-to-advance';

function copyOfContent(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'un15cm-addresses-')), 'content');
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  return dir;
}

function edit(file: string, change: (text: string) => string): void {
  const text = readFileSync(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(file, changed);
}

/** The A.1 paragraph's opening reworded, and the A.2 section's file renamed: both break published addresses. */
function breakAddresses(dir: string, remedies: boolean): void {
  edit(join(dir, 'sections/chair-of-the-gmg.mdx'), (text) =>
    text.replace(
      'UN Women took the lead in coordinating',
      `${remedies ? `{/* also: ${OLD_ID} */}\n` : ''}UN Women led the coordination of`,
    ),
  );
  const moved = join(dir, 'sections/eu-project.mdx');
  renameSync(join(dir, 'sections/eu-un-women-project.mdx'), moved);
  if (remedies) edit(moved, (text) => text.replace('idPrefix: eu\n', 'idPrefix: eu\nmovedFrom: [eu-un-women-project]\n'));
}

/** (c) and (d): a section with two numbered lists that each start at 1, and a passage retired on purpose. */
function listsAndRetirement(dir: string): void {
  writeFileSync(
    join(dir, 'sections/fixture-two-lists.mdx'),
    `---
title: Two lists
navTitle: Two lists
label: "C"
order: 90
idPrefix: twolists
description: A fixture section with two numbered lists that each start at 1.
---

{/* id: twolists-steps-intro */}
The steps were these:

{/* items: step */}
1. First step
2. Second step

The goals were these:

{/* items: goal */}
1. First goal
2. {/* id: twolists-the-second-goal */} Second goal
`,
  );
  edit(join(dir, 'sections/chair-of-the-gmg.mdx'), (text) => text.replace(/\nAt the Summit, Member States adopted[^\n]*\n/, '\n'));
  edit(join(dir, 'addresses.yaml'), (text) =>
    text.replace('retired: []', `retired:\n  - { id: ${RETIRED_ID}, page: /chair-of-the-gmg/, revision: December 2026 }`),
  );
}

async function build(contentDir: string, base = '/'): Promise<BuildResult> {
  const result = await buildSite({ contentDir, base });
  return { ...result, output: result.output.replace(/\u001b\[[0-9;]*m/g, '') };
}

describe('a published address that an edit breaks fails the build', () => {
  let output = '';
  beforeAll(async () => {
    const dir = copyOfContent();
    breakAddresses(dir, false);
    const result = await build(dir);
    rmSync(resolve(dir, '..'), { recursive: true, force: true });
    rmSync(result.scratchDir, { recursive: true, force: true });
    expect(result.code, result.output).not.toBe(0);
    output = result.output;
  }, 180_000);

  it('(a) rewording a passage\'s opening: names the old address, the section file and the alias remedy', () => {
    expect(output).toContain('[addresses]');
    expect(output).toMatch(new RegExp(`/chair-of-the-gmg/#${OLD_ID} no longer lands on a passage \\(\\S*sections/chair-of-the-gmg\\.mdx\\)`));
    expect(output).toContain(`put {/* also: ${OLD_ID} */} at the start of the passage it became`);
  });

  it('(b) renaming a section file: names the old page address, the file it was made from and the movedFrom remedy', () => {
    expect(output).toMatch(/\/eu-un-women-project\/ \(and its 8 passage addresses\) no longer exists; it was made from \S*sections\/eu-un-women-project\.mdx/);
    expect(output).toContain('add "movedFrom: [eu-un-women-project]" to its frontmatter');
  });
});

for (const base of ['/', '/un-women-15cm/']) {
  describe.skipIf(!hasChromium)(`with the remedies written next to the text, built under ${base}`, () => {
    const chromium = useChromium();
    let result: BuildResult;
    let site: StaticSite;
    let dir: string;

    beforeAll(async () => {
      dir = copyOfContent();
      breakAddresses(dir, true);
      listsAndRetirement(dir);
      result = await build(dir, base);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toMatch(/\[content-checks\] \d+ published addresses .* all land/);
      site = await serveSite(result.outDir, base);
    }, 180_000);

    afterAll(async () => {
      await site?.close();
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
      if (result !== undefined) rmSync(result.scratchDir, { recursive: true, force: true });
    });

    async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
      const page = await context.newPage();
      await page.goto(new URL(path, site.url).href);
      return page;
    }

    it('(a) the reworded passage\'s old address lands on it, below the sticky header, marked as the target', async () => {
      for (const path of [`chair-of-the-gmg/#${OLD_ID}`, `full-report/#${OLD_ID}`]) {
        const page = await open(path);
        if (path.startsWith('full-report')) await page.waitForFunction(() => window.scrollY > 0);
        expect(await landing(page), path).toMatchObject({ target: OLD_ID, passage: NEW_ID, belowHeader: true, marked: true });
        expect(await page.$eval(`#${NEW_ID}`, (p) => (p as HTMLElement).innerText)).toMatch(/^UN Women led the coordination of/);
        await page.context().close();
      }
    });

    it('(b) with JavaScript, the old page address and its passage addresses land on the new page', async () => {
      const page = await open(`eu-un-women-project/#${MOVED_PASSAGE}`);
      await page.waitForURL(`**/eu-project/#${MOVED_PASSAGE}`);
      await page.waitForFunction(() => document.querySelector(':target') !== null);
      expect(page.url()).toBe(new URL(`eu-project/#${MOVED_PASSAGE}`, site.url).href);
      expect(await landing(page)).toMatchObject({ target: MOVED_PASSAGE, passage: MOVED_PASSAGE, belowHeader: true, marked: true });
      // The old page's own address was its heading's id; that lands on the heading.
      await page.goto(new URL('eu-un-women-project/#eu-un-women-project', site.url).href);
      await page.waitForURL('**/eu-project/#eu-un-women-project');
      expect(await landing(page)).toMatchObject({ target: 'eu-un-women-project', passage: 'eu-project' });
      await page.goto(new URL('eu-un-women-project/', site.url).href);
      await page.waitForURL('**/eu-project/');
      expect(await page.title()).toMatch(/^A\.2 /);
      await page.context().close();
    });

    it('(b) without JavaScript, the old address shows a plain link to the new one, and is neither indexed nor in the sitemap', async () => {
      const page = await open(`eu-un-women-project/#${MOVED_PASSAGE}`, { javaScriptEnabled: false });
      expect(page.url()).toContain('/eu-un-women-project/');
      const link = page.locator('main a[data-moved-to]');
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toBe(`${base}eu-project/`);
      expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
      expect(await page.locator('script:not([src]):not([type="application/ld+json"])').count()).toBe(0);
      await page.context().close();
      // axe needs JavaScript; the page's own scripts are held back so that it stays put.
      const context = await chromium.browser.newContext();
      await context.route('**/*.js', (route) => route.abort());
      const still = await context.newPage();
      await still.goto(new URL('eu-un-women-project/', site.url).href);
      expect(await axeViolations(still)).toEqual([]);
      await context.close();
      const sitemap = readFileSync(join(result.outDir, 'sitemap-0.xml'), 'utf8');
      expect(sitemap).toContain(`${base}eu-project/<`);
      expect(sitemap).not.toContain('eu-un-women-project');
      const file = join(result.outDir, 'eu-un-women-project/index.html');
      const report = await new HtmlValidate(config).validateString(readFileSync(file, 'utf8'), file);
      expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    });

    it('(c) two numbered lists that each start at 1 get distinct ids, on the section and on the full report', async () => {
      for (const file of ['fixture-two-lists/index.html', 'full-report/index.html']) {
        const html = readFileSync(join(result.outDir, file), 'utf8');
        const ids = [...html.matchAll(/<li id="(twolists-[^"]+)"/g)].map((match) => match[1]);
        expect(ids, file).toEqual(['twolists-step-1', 'twolists-step-2', 'twolists-goal-1', 'twolists-the-second-goal']);
        expect(html, file).toContain('<p id="twolists-steps-intro" class="passage">The steps were these:');
        expect(html, file).not.toContain('items:');
      }
    });

    it('(e) a new section builds quietly, and the test suite names its unregistered addresses and the command', () => {
      // All the build's checks say is that links resolve and the registered addresses land.
      const checks = result.output.split('\n').filter((line) => line.includes('[content-checks]'));
      expect(checks).toEqual([
        expect.stringMatching(/\[content-checks\] \d+ pages: every internal link and #fragment resolves, no id is used twice$/),
        expect.stringMatching(/\[content-checks\] \d+ published addresses .* all land$/),
      ]);
      expect(result.output).not.toContain('npm run addresses');
      const missing = unregisteredAddresses(result.outDir, base, dir);
      expect(missing).toEqual(
        expect.arrayContaining(['/fixture-two-lists/', '/fixture-two-lists/#twolists-step-1', '/fixture-two-lists/#twolists-the-second-goal', '/eu-project/']),
      );
      expect(missing).not.toContain('/chair-of-the-gmg/');
      const message = unregisteredMessage(missing);
      expect(message).toContain('/fixture-two-lists/#twolists-goal-1');
      expect(message).toContain('Run `npm run addresses` to record them');
    });

    it('(d) a retired passage\'s address lands on its section with a note, outside the report text', async () => {
      const note = 'This passage was removed in the revision of December 2026.';
      for (const path of ['chair-of-the-gmg/', 'full-report/']) {
        const page = await open(`${path}#${RETIRED_ID}`);
        const shown = page.locator(`#${RETIRED_ID}`);
        expect(await shown.isVisible(), path).toBe(true);
        expect((await shown.textContent())?.trim()).toBe(note);
        expect(await landing(page)).toMatchObject({ target: RETIRED_ID, belowHeader: true });
        expect(await shown.evaluate((element) => element.closest('[data-apparatus]') !== null)).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        // Reached without the fragment, the page does not show it.
        await page.goto(new URL(path, site.url).href);
        expect(await shown.isVisible(), path).toBe(false);
        await page.context().close();
      }
    });
  });
}
