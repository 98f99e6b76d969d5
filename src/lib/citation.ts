import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { templatedFormat } from './citation-template.ts';
import { storedTemplates } from './citation-template-store.ts';
import type { CiteFileExt } from './cite-files.ts';
import { RECORD } from './report.ts';

/**
 * Citations and reference-manager files, all derived from the report's CSL-JSON record by
 * Citation.js with the official CSL styles and locales in `src/lib/csl/` (CC BY-SA 3.0, from the
 * Citation Style Language project). This runs at build time only: pages carry the formatted text.
 */

/** A style from `src/lib/csl/<id>.csl`, as offered on the pages, the first being the default. */
export interface CitationStyle {
  id: string;
  name: string;
  /** The CSL locale the style is written for. */
  locale: 'en-US' | 'en-GB';
}

export const STYLES: readonly CitationStyle[] = [
  { id: 'apa', name: 'APA (7th edition)', locale: 'en-US' },
  { id: 'chicago-author-date', name: 'Chicago (author-date)', locale: 'en-US' },
  { id: 'modern-language-association', name: 'MLA (9th edition)', locale: 'en-US' },
  // Cite Them Right is a British guide; its style names no default locale.
  { id: 'harvard-cite-them-right', name: 'Harvard (Cite Them Right)', locale: 'en-GB' },
];

const files = import.meta.glob<string>('./csl/*.{csl,xml}', { query: '?raw', import: 'default', eager: true });
const csl = plugins.config.get('@csl');
for (const [path, xml] of Object.entries(files)) {
  const name = path.replace(/^.*\//, '').replace(/\.(csl|xml)$/, '');
  if (name.startsWith('locales-')) csl.locales.add(name.slice('locales-'.length), xml);
  else csl.styles.add(name, xml);
}
for (const style of STYLES) {
  if (!csl.styles.has(style.id)) throw new Error(`[citation] src/lib/csl/${style.id}.csl is missing`);
}

/** The part of the report a section page cites. */
export interface CitedPart {
  /** The section's slug, part of the record's id. */
  slug: string;
  /** The printed label with its parent's, e.g. "A.1"; empty for the title page. */
  label: string;
  /** The section's title as printed. */
  title: string;
}

/** The record as a CSL-JSON item for one page: the report, or one part of it, at `url`. */
export type CslItem = typeof RECORD & { URL: string; section?: string; note?: string };

/** The part in words, as the section files' note and the pages' metadata give it. */
function partWords(part: CitedPart): string {
  return part.label === '' ? 'Title page' : `Section ${part.label}, “${part.title}”`;
}

/**
 * The item a page cites: the report at the page's address; a section adds its label (CSL
 * `section`, which styles give as the locator of an in-text citation) and its label and title in
 * words (`note`, which reference managers keep and styles do not print).
 */
export function citedItem(url: string, part?: CitedPart): CslItem {
  if (part === undefined) return { ...RECORD, URL: url };
  return {
    ...RECORD,
    id: `${RECORD.id}-${part.slug}`,
    // Citation.js keeps a BibTeX key only without punctuation other than `_`, so no hyphens.
    'citation-key': `${RECORD.id}_${part.slug.replaceAll('-', '_')}`,
    URL: url,
    ...(part.label === '' ? {} : { section: part.label }),
    note: partWords(part),
  };
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

function formatter(key: string, make: () => (item: CslItem) => string): (item: CslItem) => string {
  let format = templated.get(key);
  if (format === undefined) {
    format = make();
    templated.set(key, format);
  }
  return format;
}

/** The reference-list entry in a style: HTML (`<div class="csl-entry">`, titles in `<i>`) or plain text. */
export function reference(item: CslItem, style: CitationStyle, format: 'html' | 'text'): string {
  const name = `${style.id} ${format}`;
  return formatter(name, () => templatedFormat((one: CslItem) => citeprocReference(one, style, format), format === 'html', storedTemplates(name)))(item);
}

/** The in-text citation in a style, pointing at the section when the item is one. */
export function inText(item: CslItem, style: CitationStyle): string {
  const name = `${style.id} in-text`;
  return formatter(name, () => templatedFormat((one: CslItem) => citeprocInText(one, style), false, storedTemplates(name)))(item);
}

/** The item as a biblatex entry (`@report`, with the event, language and section), for BibTeX files. */
export function toBibtex(item: CslItem): string {
  return `${String(cite(item).format('biblatex')).trim()}\n`;
}

/**
 * The item as a RIS record. Citation.js maps the fields; its own text output breaks every line
 * after 70 characters, mid-word, which RIS readers (Citation.js's among them) then read back as a
 * space inside the word, so the tags are written here one per line, CRLF-terminated as RIS asks.
 */
export function toRis(item: CslItem): string {
  const [record = {}] = cite(item).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
  const { TY, ...tags } = record;
  const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((text) => `${tag}  - ${text}`));
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - ', ''].join('\r\n');
}

/** The item as a CSL-JSON file: an array of one item. */
export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

/** The file `/cite/<name>.<ext>` holds. */
export function citeFile(item: CslItem, ext: CiteFileExt): string {
  return { ris: toRis, bib: toBibtex, json: toCslJson }[ext](item);
}
