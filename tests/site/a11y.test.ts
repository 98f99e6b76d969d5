import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, useChromium } from '../support/chromium.ts';
import { builtPages } from '../support/pages.ts';

const siteUrl = inject('siteUrl');
const pages = builtPages(inject('distDir'));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** A touch phone (so `(hover: none)` styles apply) and a desktop with a mouse. */
const DEVICES = {
  phone: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 900 }, isMobile: false, hasTouch: false },
} as const;
const SCHEMES = ['light', 'dark'] as const;

type Viewport = keyof typeof DEVICES;
type Scheme = (typeof SCHEMES)[number];

const cases: [string, Viewport, Scheme][] = pages.flatMap((page) =>
  (Object.keys(DEVICES) as Viewport[]).flatMap((viewport) =>
    SCHEMES.map((scheme): [string, Viewport, Scheme] => [page, viewport, scheme]),
  ),
);

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) =>
      [
        `${violation.impact ?? 'unknown'}: ${violation.id}: ${violation.help} (${violation.helpUrl})`,
        ...violation.nodes.map(
          (node) =>
            `    at ${node.target.join(' ')}\n      ${node.html}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}

/** Loads axe into the page by evaluation, not as a script tag, so the page's CSP stays untouched. */
async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

function runAxe(page: Page): Promise<AxeResults> {
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_22_AA,
  );
}

interface FocusState {
  key: string;
  label: string;
  rendered: boolean;
  outline: string;
  boxShadow: string;
}

/**
 * Marks every control a keyboard user must reach and returns the keys it gave them: those shown,
 * plus those folded inside a closed <details> whose summary is shown (opening it is part of the walk).
 */
async function markControls(page: Page): Promise<{ key: string; label: string }[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    // Opacity does not count: passage links are transparent until focused, yet must be reachable.
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true });
    const folded = (el: Element) => {
      const details = el.parentElement?.closest('details:not([open])');
      const summary = details?.querySelector(':scope > summary');
      return summary !== null && summary !== undefined && summary !== el && shown(summary);
    };
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((el) => !el.matches(':disabled') && (shown(el) || folded(el)))
      .map((el, index) => {
        el.dataset['kb'] = String(index);
        return {
          key: String(index),
          label: `<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 50)}" ${el.getAttribute('href') ?? ''}`,
        };
      });
  });
}

/** The focused element's outline and box-shadow; given a key, that element's once it has lost focus. */
function focusState(page: Page, key?: string): Promise<FocusState | null> {
  return page.evaluate((wanted) => {
    const el = (
      wanted === undefined ? document.activeElement : document.querySelector(`[data-kb="${wanted}"]`)
    ) as HTMLElement | null;
    if (el === null || el === document.body) return null;
    el.dataset['kb'] ??= `extra-${document.querySelectorAll('[data-kb^="extra-"]').length}`;
    if (wanted !== undefined) el.blur();
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const transparent = /^transparent$|^rgba\(.*,\s*0\)$/.test(style.outlineColor);
    const visibleOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1 && !transparent;
    return {
      key: el.dataset['kb'],
      label: `<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 50)}"`,
      rendered: rect.width > 0 && rect.height > 0 && parseFloat(style.opacity) > 0 && style.visibility !== 'hidden',
      outline: visibleOutline ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : 'none',
      boxShadow: style.boxShadow,
    };
  }, key);
}

/**
 * Presses Tab until focus leaves the page or comes round again, recording each focused element and
 * opening any folded <details> it meets; then compares each one's focused and unfocused outline and box-shadow.
 */
async function tabThrough(page: Page): Promise<{ reached: number; unreached: string[]; invisible: string[] }> {
  const controls = await markControls(page);
  const reached: FocusState[] = [];
  for (let step = 0; step < controls.length + 10; step += 1) {
    await page.keyboard.press('Tab');
    const state = await focusState(page);
    if (state === null || reached.some((seen) => seen.key === state.key)) break;
    reached.push(state);
    // A keyboard user opens folded contents with Enter on their summary, then tabs on into them.
    if (await page.evaluate(() => document.activeElement?.matches('details:not([open]) > summary') ?? false)) {
      await page.keyboard.press('Enter');
    }
  }
  const unreached = controls
    .filter((control) => !reached.some((state) => state.key === control.key))
    .map((control) => control.label);
  const invisible: string[] = [];
  for (const focused of reached) {
    const unfocused = await focusState(page, focused.key);
    const indicated = focused.outline !== 'none' || focused.boxShadow !== 'none';
    const changed = focused.outline !== unfocused?.outline || focused.boxShadow !== unfocused.boxShadow;
    if (!focused.rendered || !indicated || !changed) {
      invisible.push(
        `${focused.label}: focused outline ${focused.outline}, box-shadow ${focused.boxShadow}; unfocused outline ${unfocused?.outline}, box-shadow ${unfocused?.boxShadow}`,
      );
    }
  }
  return { reached: reached.length, unreached, invisible };
}

describe.skipIf(!hasChromium)('accessibility', () => {
  const chromium = useChromium();

  // Consecutive cases share a page and viewport; only the colour scheme changes between them.
  let open: { key: string; page: Page } | undefined;
  async function pageFor(path: string, viewport: Viewport): Promise<Page> {
    const key = `${path} ${viewport}`;
    if (open?.key === key) return open.page;
    await open?.page.close();
    const page = await chromium.browser.newPage(DEVICES[viewport]);
    await page.goto(new URL(path, siteUrl).href);
    await injectAxe(page);
    open = { key, page };
    return page;
  }
  afterAll(async () => {
    await open?.page.close();
  });

  it.each(cases)('axe (WCAG 2.2 AA): /%s at %s width, %s colour scheme', async (path, viewport, scheme) => {
    const page = await pageFor(path, viewport);
    await page.emulateMedia({ colorScheme: scheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    const results = await runAxe(page);
    expect(results.passes.length, 'axe ran no rules').toBeGreaterThan(0);
    expect(results.violations, `\n${describeViolations(results.violations)}`).toEqual([]);
  });

  it('axe reports a real violation (control)', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(siteUrl);
    await injectAxe(page);
    await page.evaluate(() => document.querySelector('a[href]')?.replaceChildren());
    const results = await runAxe(page);
    await page.close();
    expect(results.violations.map((violation) => violation.id)).toContain('link-name');
  });

  const keyboardCases = pages.flatMap((page) =>
    (Object.keys(DEVICES) as Viewport[]).map((viewport): [string, Viewport] => [page, viewport]),
  );
  it.each(keyboardCases)(
    'keyboard: every control on /%s at %s width is reached by Tab and visibly focused',
    async (path, viewport) => {
      const page = await chromium.browser.newPage(DEVICES[viewport]);
      await page.goto(new URL(path, siteUrl).href);
      const walk = await tabThrough(page);
      await page.close();
      expect(walk.reached).toBeGreaterThan(0);
      expect(walk.unreached).toEqual([]);
      expect(walk.invisible).toEqual([]);
    },
  );

  it('the keyboard walk notices a control without a focus indicator, and one it cannot reach (control)', async () => {
    const page = await chromium.browser.newPage(DEVICES.desktop);
    await page.goto(siteUrl);
    await page.evaluate(() => {
      const [first, second] = document.querySelectorAll<HTMLElement>('a[href]');
      if (first) first.style.outline = 'none';
      second?.setAttribute('tabindex', '-1');
    });
    const walk = await tabThrough(page);
    await page.close();
    expect(walk.invisible).toHaveLength(1);
    expect(walk.unreached).toHaveLength(1);
  });
});
