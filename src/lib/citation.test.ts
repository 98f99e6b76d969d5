import { describe, expect, it } from 'vitest';
import { STYLES, citedItem, inText, reference, type CitationStyle } from './citation.ts';

const REPORT_URL = 'https://example.org/un-women-15cm/';
const SECTION_URL = 'https://example.org/un-women-15cm/chair-of-the-gmg/';
const report = citedItem(REPORT_URL);
const section = citedItem(SECTION_URL, { slug: 'chair-of-the-gmg', label: 'A.1', title: 'Chair of the GMG' });
const style = (id: string): CitationStyle => STYLES.find((s) => s.id === id) ?? STYLES[0]!;

/*
 * Read against each manual: APA 7 (10.4, reports by a group author: author, year, italic title,
 * the number in parentheses after it, publisher, URL; 8.13, a section as the locator), Chicago 18
 * author-date (15.40, 15.51; "sec."), MLA 9 (the title in italics, the number and publisher as
 * containers' elements, day month-abbreviation year, "sec."), Cite Them Right (Harvard; author,
 * year in brackets, italic title, series and number, place: publisher, "Available at:"; "sect.").
 * The styles add the meeting the document was written for where they have a place for an event.
 */
const EXPECTED: Record<string, { report: string; inReport: string; inSection: string }> = {
  apa: {
    report:
      'UN Women. (2017). Contribution to the Fifteenth Coordination Meeting on International Migration (UN Document UN/POP/MIG-15CM/2017/1). ' +
      'Population Division, Department of Economic and Social Affairs, United Nations Secretariat. ' +
      'Fifteenth Coordination Meeting on International Migration, New York, February 16–17, 2017. https://example.org/un-women-15cm/',
    inReport: '(UN Women, 2017)',
    inSection: '(UN Women, 2017, Section A.1)',
  },
  'chicago-author-date': {
    report:
      'UN Women. 2017. Contribution to the Fifteenth Coordination Meeting on International Migration. UN Document UN/POP/MIG-15CM/2017/1. ' +
      'Fifteenth Coordination Meeting on International Migration, February 16–17, 2017, New York. ' +
      'Population Division, Department of Economic and Social Affairs, United Nations Secretariat. https://example.org/un-women-15cm/.',
    inReport: '(UN Women 2017)',
    inSection: '(UN Women 2017, sec. A.1)',
  },
  'modern-language-association': {
    report:
      'UN Women. Contribution to the Fifteenth Coordination Meeting on International Migration. UN document UN/POP/MIG-15CM/2017/1, ' +
      'Population Division, Department of Economic and Social Affairs, United Nations Secretariat, 8 Feb. 2017, ' +
      'Fifteenth Coordination Meeting on International Migration, 16–17 Feb. 2017, New York, https://example.org/un-women-15cm/.',
    inReport: '(UN Women)',
    inSection: '(UN Women, sec. A.1)',
  },
  'harvard-cite-them-right': {
    report:
      'UN Women (2017) Contribution to the Fifteenth Coordination Meeting on International Migration. UN document UN/POP/MIG-15CM/2017/1. ' +
      'New York: Population Division, Department of Economic and Social Affairs, United Nations Secretariat. ' +
      'Available at: https://example.org/un-women-15cm/.',
    inReport: '(UN Women, 2017)',
    inSection: '(UN Women, 2017, sect. A.1)',
  },
};

// The first use of each style compiles it (Chicago's is 170 kB), seconds on a busy machine.
describe('citations formatted by the CSL styles', { timeout: 60_000 }, () => {
  it('offers APA, Chicago author-date, MLA and Harvard, APA first', () => {
    expect(STYLES.map((s) => s.id)).toEqual(Object.keys(EXPECTED));
  });

  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id}: the report's reference and in-text citation`, () => {
      expect(reference(report, style(id), 'text')).toBe(expected.report);
      expect(inText(report, style(id))).toBe(expected.inReport);
    });

    it(`${id}: a section cites the report at the section's address, and points at the section in the text`, () => {
      expect(reference(section, style(id), 'text')).toBe(expected.report.replace(REPORT_URL, SECTION_URL));
      expect(inText(section, style(id))).toBe(expected.inSection);
    });
  }

  it('sets the title in italics in HTML', () => {
    for (const s of STYLES) {
      expect(reference(report, s, 'html')).toContain('<i>Contribution to the Fifteenth Coordination Meeting on International Migration</i>');
    }
  });

  it('names the title page in words and gives it no locator', () => {
    const titlePage = citedItem(`${REPORT_URL}title-page/`, { slug: 'title-page', label: '', title: 'CONTRIBUTION' });
    expect(titlePage.note).toBe('Title page');
    expect(titlePage.section).toBeUndefined();
    expect(inText(titlePage, style('apa'))).toBe('(UN Women, 2017)');
  });
});
