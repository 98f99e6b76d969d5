import { REPORT_FILE_NAME } from './cite-files.ts';
import { sectionPath, withBase } from './paths.ts';
import { RECORD } from './report.ts';
import { citedLabel, type LabelledSection } from './section-labels.ts';

/*
 * What the pages cite, apart from how Citation.js formats it (`citation.ts`): the layouts, the
 * citation files' writer and the dev server's routes build the items from this without loading the
 * citation processor.
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

/** The part of the report a section page cites. */
export interface CitedPart {
  /** The section's slug, part of the record's id. */
  slug: string;
  /** The printed label with its parent's, e.g. "A.1"; empty for the title page. */
  label: string;
  /** The section's title as printed. */
  title: string;
}

/** The part a section's page cites: its slug, its label with its parent's, its title. */
export function citedPart(section: LabelledSection, sections: readonly LabelledSection[]): CitedPart {
  return { slug: section.id, label: citedLabel(section, sections) ?? '', title: section.data.title };
}

/** A page that cites the report: its files' name under `/cite/`, its path, and the part it cites. */
export interface CitingPage {
  name: string;
  path: string;
  /** None for the whole report (the home and full-report pages, which share its files). */
  part?: CitedPart;
}

/** Every page's citation: the whole report's, then each section's, under `base`. */
export function citingPages(sections: readonly LabelledSection[], base?: string): CitingPage[] {
  return [
    { name: REPORT_FILE_NAME, path: withBase('', base) },
    ...sections.map((section) => ({ name: section.id, path: sectionPath(section.id, base), part: citedPart(section, sections) })),
  ];
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
