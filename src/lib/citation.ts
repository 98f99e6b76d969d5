import { REPORT } from './report.ts';

/** What a citation needs to know about the part being cited. */
export interface CitedPart {
  /** The section's slug, part of the BibTeX key. */
  slug: string;
  /** The printed label with its parent's, e.g. "A.1"; empty for the title page. */
  label: string;
  /** The section's title as printed. */
  title: string;
  /** The canonical URL of the section, or of a passage in it (with its #anchor). */
  url: string;
}

function sectionWords(part: CitedPart, quote: [string, string] = ['“', '”']): string {
  return part.label === '' ? 'Title page' : `Section ${part.label}, ${quote[0]}${part.title}${quote[1]}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A plain citation in the usual author, title, document, meeting, date, location order. */
export function plainCitation(part: CitedPart): string {
  return [
    `${REPORT.author}.`,
    `“${REPORT.title}.”`,
    `${REPORT.symbol}.`,
    `${REPORT.meeting}, ${REPORT.meetingPlace}, ${REPORT.meetingDates}.`,
    `${REPORT.date}.`,
    `${sectionWords(part)}.`,
    part.url,
  ].join(' ');
}

/** Braces protect capitals and TeX's special characters are escaped. */
function bibtexValue(text: string): string {
  return `{${text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1')}}`;
}

/**
 * A BibTeX `@techreport` entry (with biblatex's `date` too); the author is double-braced so BibTeX
 * keeps "UN Women" whole instead of reading a first name and a surname.
 */
export function bibtexCitation(part: CitedPart): string {
  const [year = '', month = ''] = REPORT.isoDate.split('-');
  const fields: [string, string][] = [
    ['author', `{${bibtexValue(REPORT.author)}}`],
    ['title', bibtexValue(REPORT.title)],
    ['institution', bibtexValue(REPORT.organiser)],
    ['type', bibtexValue('Document')],
    ['number', bibtexValue(REPORT.symbol)],
    ['address', bibtexValue(REPORT.meetingPlace)],
    ['year', bibtexValue(year)],
    ['month', MONTHS[Number(month) - 1] ?? bibtexValue(month)],
    ['date', bibtexValue(REPORT.isoDate)],
    ['note', bibtexValue(`${REPORT.meeting}, ${REPORT.meetingPlace}, ${REPORT.meetingDates}. ${sectionWords(part, ['``', "''"])}`)],
    ['url', `{${part.url}}`],
  ];
  const width = Math.max(...fields.map(([name]) => name.length));
  const body = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value}`).join(',\n');
  return `@techreport{unwomen2017:${part.slug},\n${body}\n}`;
}
