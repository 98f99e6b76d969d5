import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { builtPages, pageFile } from '../support/pages.ts';
import { readableBlocks, readSource, sentences } from '../support/source-text.ts';
import { attributeOf, elementsOf, hasLynx, linesOf, lynxDump, textBrowserLines, textOf } from '../support/text-browser.ts';

/*
 * Reads the built pages the way a text browser, a reader mode or a screen without CSS does: every
 * text node, whatever CSS or the `hidden` attribute would hide. The report's sentences must come
 * through whole (no expansion, tooltip or control inside them) and nothing that only works with
 * JavaScript may be there to read.
 */

const distDir = inject('distDir');
const base = inject('base');
const fileOf = (page: string): string => join(distDir, pageFile(page));
const htmlOf = (page: string): string => readFileSync(fileOf(page), 'utf8');
const pages = builtPages(distDir);
const reportPages = pages.filter((page) => elementsOf(htmlOf(page)).some((element) => /\breport-text\b/.test(attributeOf(element, 'class') ?? '')));

/** Every sentence and every list item of the source, in order. */
const units = readableBlocks(readSource()).flatMap(sentences);

/** The units that `text` does not hold whole, one after the other, in the source's order. */
function missingInOrder(text: string): string[] {
  const missing: string[] = [];
  let cursor = 0;
  for (const unit of units) {
    const at = text.indexOf(unit, cursor);
    if (at < 0) missing.push(unit);
    else cursor = at + unit.length;
  }
  return missing;
}

/** The section pages in the order the home page's contents list them. */
function sectionPagesInOrder(): string[] {
  const linked = elementsOf(htmlOf(''))
    .filter((element) => element.tagName === 'a')
    .map((link) => (attributeOf(link, 'href') ?? '').slice(base.length));
  return [...new Set(linked)].filter((page) => reportPages.includes(page) && page !== 'full-report/');
}

/**
 * The words of controls that only work with JavaScript: the highlight bar, the search panel and
 * its help, the search page's instructions, the shortcut, the citation's copy buttons and note.
 */
const JS_ONLY = [
  'highlighted.',
  'Clear highlighting',
  'You could try',
  'All sections',
  'Type a word, a number',
  'Type in the search field',
  'Ctrl K',
  'Copy citation',
  'To cite one passage',
];

const readAsText = (page: string): string => textBrowserLines(htmlOf(page)).join('\n');
const squeezed = (text: string): string => text.replace(/\s+/g, ' ');

describe('the pages read as a text browser reads them', () => {
  it('finds the report text on the full report and on every section page of the contents', () => {
    expect(units.length).toBeGreaterThan(50);
    expect(reportPages).toContain('full-report/');
    expect(sectionPagesInOrder().length).toBeGreaterThanOrEqual(5);
    expect([...sectionPagesInOrder(), 'full-report/'].sort()).toEqual([...reportPages].sort());
  });

  it('finds every sentence and list item of the source intact and in order on the full report', () => {
    expect(missingInOrder(squeezed(readAsText('full-report/')))).toEqual([]);
  });

  it('finds every sentence and list item of the source intact and in order across the section pages', () => {
    const text = sectionPagesInOrder().map((page) => squeezed(readAsText(page))).join(' ');
    expect(missingInOrder(text)).toEqual([]);
  });

  it('has nothing but the report in the report text of each page: its sentences and items whole, one after the other', () => {
    for (const page of reportPages) {
      const articles = elementsOf(htmlOf(page)).filter((element) => /\breport-text\b/.test(attributeOf(element, 'class') ?? ''));
      let rest = articles.map((article) => squeezed(linesOf(article).join('\n'))).join(' ');
      const held = units.filter((unit) => rest.includes(unit));
      expect(held.length, `/${page} holds some of the report`).toBeGreaterThan(0);
      for (const unit of held) rest = rest.replace(unit, ' ');
      // Only the footnotes' heading and back-link (GFM's) may be left, outside every sentence.
      expect(squeezed(rest).replace(/Footnotes|↩/g, '').trim(), `words on /${page} that are not the report's`).toBe('');
    }
  });

  it('shows no words of a control that needs JavaScript, on any page', () => {
    // The words are the site's own: each is in a built script, stylesheet or page.
    const built = [...readdirSync(join(distDir, '_astro')).map((file) => join(distDir, '_astro', file)), ...pages.map(fileOf)]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    for (const words of JS_ONLY) expect(built, `"${words}" is somewhere in the build`).toContain(words);
    for (const page of pages) {
      const text = readAsText(page);
      expect(JS_ONLY.filter((words) => text.includes(words)), `on /${page}`).toEqual([]);
    }
  });

  it('has no control in its static HTML that needs JavaScript, and no hidden text but our tooltips', () => {
    for (const page of pages) {
      const elements = elementsOf(htmlOf(page));
      const problems: string[] = [];
      for (const element of elements) {
        const role = attributeOf(element, 'role') ?? '';
        if (['select', 'textarea'].includes(element.tagName) || ['listbox', 'combobox', 'option'].includes(role)) {
          problems.push(`<${element.tagName} role="${role}">`);
        }
        if (element.tagName === 'button' && attributeOf(element, 'type') !== 'submit') problems.push(`<button>${textOf(element)}</button>`);
        if (attributeOf(element, 'hidden') !== undefined && textOf(element).trim() !== '' && role !== 'tooltip') {
          problems.push(`hidden <${element.tagName}> "${textOf(element).trim().slice(0, 40)}"`);
        }
      }
      const forms = elements.filter((element) => element.tagName === 'form');
      for (const form of forms) if (!attributeOf(form, 'action')) problems.push('a form that submits nowhere');
      expect(problems, `on /${page}`).toEqual([]);
    }
  });
});

describe.skipIf(!hasLynx)('the pages in lynx -dump', () => {
  it('finds every sentence and list item of the source intact and in order, on the full report and across the sections', () => {
    expect(missingInOrder(squeezed(lynxDump(fileOf('full-report/'))))).toEqual([]);
    const text = sectionPagesInOrder().map((page) => squeezed(lynxDump(fileOf(page)))).join(' ');
    expect(missingInOrder(text)).toEqual([]);
  });

  it('shows no words of a control that needs JavaScript, on any page', () => {
    for (const page of pages) {
      const text = lynxDump(fileOf(page));
      expect(JS_ONLY.filter((words) => text.includes(words)), `on /${page}`).toEqual([]);
    }
  });
});
