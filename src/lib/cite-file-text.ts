import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CiteFileExt } from './cite-files.ts';
import type { CslItem } from './cited-items.ts';

/**
 * The files reference managers import (`/cite/<name>.<ext>`), written from a page's CSL-JSON item
 * by Citation.js's BibTeX and RIS plugins. Apart from the citations (`citation.ts`), so that
 * writing them loads neither citeproc nor the styles.
 */

/** Citation.js's record of the item, made from a copy: Citation.js adds its bookkeeping to what it is given. */
const citeRecord = (item: CslItem): Cite => new Cite(structuredClone(item));

/** The item as a biblatex entry (`@report`, with the event, language and section), for BibTeX files. */
export function toBibtex(item: CslItem): string {
  return `${String(citeRecord(item).format('biblatex')).trim()}\n`;
}

/**
 * The item as a RIS record. Citation.js maps the fields; its own text output breaks every line
 * after 70 characters, mid-word, which RIS readers (Citation.js's among them) then read back as a
 * space inside the word, so the tags are written here one per line, CRLF-terminated as RIS asks.
 */
export function toRis(item: CslItem): string {
  const [record = {}] = citeRecord(item).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
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
