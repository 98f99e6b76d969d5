import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templatedFormat } from './citation-template.ts';
import { withoutSorting } from './unsorted-style.ts';
import { storedTemplates, templateNames } from './citation-template-store.ts';
import { countedRun } from './citeproc-runs.ts';
import { storedOrMade } from './keyed-store.ts';
import { projectFile } from './project-file.ts';
import { STYLES, type CitationStyle, type CslItem } from './cited-items.ts';

export { STYLES, citedItem, type CitationStyle, type CitedPart, type CslItem } from './cited-items.ts';

/**
 * Citations, derived from the report's CSL-JSON record by Citation.js and citeproc with the official
 * CSL styles and locales in `src/lib/csl/` (CC BY-SA 3.0, from the Citation Style Language project).
 * This runs at build time only, and only where no kept template fits a page: pages carry the
 * formatted text. The reference-manager files are `cite-file-text.ts`'s, which loads no citeproc.
 */

// Read from the project when the module loads rather than bundled into the pages' server code.
const CSL_DIR = projectFile('src/lib/csl');
const csl = plugins.config.get('@csl');
for (const file of readdirSync(CSL_DIR).filter((name) => /\.(csl|xml)$/.test(name))) {
  const name = file.replace(/\.(csl|xml)$/, '');
  const xml = readFileSync(join(CSL_DIR, file), 'utf8');
  if (name.startsWith('locales-')) csl.locales.add(name.slice('locales-'.length), xml);
  else csl.styles.add(name, withoutSorting(xml));
}
for (const style of STYLES) {
  if (!csl.styles.has(style.id)) throw new Error(`[citation] src/lib/csl/${style.id}.csl is missing`);
}

function cite(item: CslItem): Cite {
  return new Cite(structuredClone(item));
}

/** `reference` as citeproc makes it, each time. */
export function citeprocReference(item: CslItem, style: CitationStyle, format: 'html' | 'text'): string {
  const out = cite(item).format('bibliography', { template: style.id, lang: style.locale, format, asEntryArray: true }) as [string, string][];
  return (out[0]?.[1] ?? '').trim();
}

/** `inText` as citeproc makes it, each time. */
export function citeprocInText(item: CslItem, style: CitationStyle): string {
  const entry = { id: item.id, ...(item.section === undefined ? {} : { locator: item.section, label: 'section' }) };
  return String(cite(item).format('citation', { template: style.id, lang: style.locale, format: 'text', entry: [entry] }));
}

// Every page shows every style, so each style's output is made once and filled in per page
// (./citation-template.ts), and kept for the next build (./citation-template-store.ts).
const templated = new Map<string, (item: CslItem) => string>();

/** The reference-list entry in a style: HTML (`<div class="csl-entry">`, titles in `<i>`) or plain text. */
export function reference(item: CslItem, style: CitationStyle, format: 'html' | 'text'): string {
  const name = templateNames.reference(style, format);
  return storedOrMade(templated, name, () => templatedFormat((one: CslItem) => countedRun(() => citeprocReference(one, style, format)), format === 'html', storedTemplates(name)))(item);
}

/** The in-text citation in a style, pointing at the section when the item is one. */
export function inText(item: CslItem, style: CitationStyle): string {
  const name = templateNames.inText(style);
  return storedOrMade(templated, name, () => templatedFormat((one: CslItem) => countedRun(() => citeprocInText(one, style)), false, storedTemplates(name)))(item);
}

/** What a page shows of one style: the reference list entry in HTML and the in-text citation. */
export interface PageCitation {
  style: CitationStyle;
  html: string;
  inText: string;
}

/** What a page shows of every style, made with citeproc where no template is kept (`page-citations.ts` looks for them first). */
export function pageCitations(item: CslItem): PageCitation[] {
  return STYLES.map((style) => ({ style, html: reference(item, style, 'html'), inText: inText(item, style) }));
}
