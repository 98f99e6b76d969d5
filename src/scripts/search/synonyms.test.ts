import { describe, expect, it } from 'vitest';
import { synonymGroups } from '../../lib/search-synonyms.ts';
import type { GlossaryEntry } from '../../schemas/glossary.ts';
import { MAX_SEARCHES, querySearches, synonymRules } from './synonyms.ts';

const entry = (id: string, expansion: string, acronyms: string[], mentions: string[]): GlossaryEntry => ({
  id,
  term: id,
  expansion,
  description: 'A description long enough for the schema.',
  acronyms,
  mentions,
  crossReference: false,
});

const rules = synonymRules(
  synonymGroups([
    entry('csw', 'Commission on the Status of Women', ['CSW61', 'CSW'], ['Commission on the Status of Women']),
    entry('desa', 'Department of Economic and Social Affairs', ['DESA'], ['Department of Economic and Social Affairs']),
    entry('un', 'United Nations', ['UN'], []),
    entry('un-women', 'United Nations Entity for Gender Equality and the Empowerment of Women', ['UN Women'], []),
    entry('cedaw', 'Convention on the Elimination of All Forms of Discrimination against Women', ['CEDAW'], []),
  ]),
);

describe('querySearches', () => {
  it('adds the acronyms for a name, wherever it stands in the query, ignoring case and punctuation', () => {
    expect(querySearches('briefings commission on the Status of Women,', rules)).toEqual([
      'briefings commission on the Status of Women,',
      'briefings CSW61',
      'briefings CSW',
    ]);
    expect(querySearches('"Commission on the Status of Women"', rules)).toEqual(['"Commission on the Status of Women"', 'CSW61', 'CSW']);
  });

  it('adds the printed wording for an acronym', () => {
    expect(querySearches('DESA', rules)).toEqual(['DESA', 'Department of Economic and Social Affairs']);
  });

  it('never searches a name the report does not print', () => {
    // CEDAW's expansion is ours; the report prints only the acronym.
    expect(querySearches('CEDAW', rules)).toEqual(['CEDAW']);
    expect(querySearches('UN Women', rules)).toEqual(['UN Women']);
  });

  it('takes the longest name: "United Nations" is UN, not a part of a longer name', () => {
    expect(querySearches('United Nations Secretariat', rules)).toEqual(['United Nations Secretariat', 'UN Secretariat']);
  });

  it('leaves a query without glossary names alone, and a partial name too', () => {
    expect(querySearches('labour rights', rules)).toEqual(['labour rights']);
    expect(querySearches('Status of Women', rules)).toEqual(['Status of Women']);
  });

  it('combines several names but runs at most MAX_SEARCHES searches', () => {
    const searches = querySearches('DESA Commission on the Status of Women United Nations', rules);
    expect(searches).toHaveLength(MAX_SEARCHES);
    expect(searches[0]).toBe('DESA Commission on the Status of Women United Nations');
    expect(searches[1]).toBe('DESA Commission on the Status of Women UN');
  });
});
