import { describe, expect, it } from 'vitest';
import { bibtexCitation, plainCitation } from './citation.ts';

const PART = {
  slug: 'chair-of-the-gmg',
  label: 'A.1',
  title: 'Chair of the GMG',
  url: 'https://example.org/un-women-15cm/chair-of-the-gmg/#gmg-meeting-7',
};

describe('plainCitation', () => {
  it('gives author, title, symbol, meeting, date, section and URL', () => {
    expect(plainCitation(PART)).toBe(
      'UN Women. “Contribution to the Fifteenth Coordination Meeting on International Migration.” UN/POP/MIG-15CM/2017/1. ' +
        'Fifteenth Coordination Meeting on International Migration, New York, 16-17 February 2017. 08 February 2017. ' +
        'Section A.1, “Chair of the GMG”. https://example.org/un-women-15cm/chair-of-the-gmg/#gmg-meeting-7',
    );
  });

  it('calls the title page by its name', () => {
    expect(plainCitation({ ...PART, label: '', title: 'CONTRIBUTION' })).toContain('08 February 2017. Title page. https://');
  });
});

describe('bibtexCitation', () => {
  const bibtex = bibtexCitation(PART);

  it('is one @techreport entry keyed by the section', () => {
    expect(bibtex.startsWith('@techreport{unwomen2017:chair-of-the-gmg,\n')).toBe(true);
    expect(bibtex.endsWith('\n}')).toBe(true);
  });

  it('keeps the corporate author whole and carries symbol, date and URL', () => {
    expect(bibtex).toMatch(/^ {2}author\s+= \{\{UN Women\}\},$/m);
    expect(bibtex).toMatch(/^ {2}number\s+= \{UN\/POP\/MIG-15CM\/2017\/1\},$/m);
    expect(bibtex).toMatch(/^ {2}year\s+= \{2017\},$/m);
    expect(bibtex).toMatch(/^ {2}month\s+= feb,$/m);
    expect(bibtex).toMatch(/^ {2}date\s+= \{2017-02-08\},$/m);
    expect(bibtex).toMatch(/^ {2}url\s+= \{https:\/\/example\.org\/un-women-15cm\/chair-of-the-gmg\/#gmg-meeting-7\}$/m);
    expect(bibtex).toContain("Section A.1, ``Chair of the GMG''");
  });
});
