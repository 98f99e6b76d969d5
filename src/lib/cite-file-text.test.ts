import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { citedItem } from './cited-items.ts';
import { citeFile } from './cite-file-text.ts';

const REPORT_URL = 'https://example.org/un-women-15cm/';
const report = citedItem(REPORT_URL);
const section = citedItem('https://example.org/un-women-15cm/chair-of-the-gmg/', { slug: 'chair-of-the-gmg', label: 'A.1', title: 'Chair of the GMG' });

/** What a parser read back, without the bookkeeping Citation.js adds. */
function parsed(text: string): Record<string, unknown> {
  const [item] = new Cite(text).data;
  const { _graph, ...fields } = item ?? {};
  return fields;
}

describe('files for reference managers, parsed back by Citation.js', () => {
  it('CSL-JSON is the item itself', () => {
    expect(JSON.parse(citeFile(section, 'json'))).toEqual([section]);
  });

  it('BibTeX (biblatex @report) carries every field but the full name, keeping the corporate author one name', () => {
    const { custom, id, 'citation-key': key, author, ...rest } = section;
    expect(citeFile(section, 'bib')).toMatch(/^@report\{unwomen2017_chair_of_the_gmg,\n/);
    expect(citeFile(section, 'bib')).toContain('author = {{UN Women}},');
    expect(parsed(citeFile(section, 'bib'))).toEqual({
      ...rest,
      id: 'unwomen2017_chair_of_the_gmg',
      'citation-key': 'unwomen2017_chair_of_the_gmg',
      author: [{ family: 'UN Women' }],
    });
    expect(author).toEqual([{ literal: 'UN Women' }]);
    expect(custom.authorFullName).toBeTruthy();
    expect(key).not.toBe(id);
  });

  it('RIS carries what RIS has fields for, each on one line', () => {
    const ris = citeFile(section, 'ris');
    expect(ris.startsWith('TY  - RPRT\r\n')).toBe(true);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    expect(ris.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const { custom, id, 'citation-key': key, 'event-title': event, 'event-place': eventPlace, 'event-date': eventDate, section: label, ...rest } = section;
    expect(parsed(ris)).toEqual({ ...rest, id: 'unwomen2017-chair-of' });
    expect([custom, key, event, eventPlace, eventDate, label].every((value) => value !== undefined)).toBe(true);
  });

  it('the report files hold the report at its address', () => {
    expect(parsed(citeFile(report, 'ris'))).toMatchObject({ title: report.title, number: 'UN/POP/MIG-15CM/2017/1', URL: REPORT_URL });
    expect(parsed(citeFile(report, 'bib'))).toMatchObject({ id: 'unwomen2017', URL: REPORT_URL, 'event-title': report['event-title'] });
  });
});
