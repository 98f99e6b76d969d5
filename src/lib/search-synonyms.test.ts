import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { synonymGroups } from './search-synonyms.ts';

const entry = (fields: Partial<GlossaryEntry> & Pick<GlossaryEntry, 'id' | 'expansion'>): GlossaryEntry => ({
  term: fields.id,
  description: 'A description long enough for the schema.',
  acronyms: [],
  mentions: [],
  crossReference: false,
  ...fields,
});

describe('synonymGroups', () => {
  it('pairs acronyms with the printed wordings and every name a reader may type', () => {
    const groups = synonymGroups([
      entry({ id: 'csw', expansion: 'Commission on the Status of Women', acronyms: ['CSW61', 'CSW'], mentions: ['Commission on the Status of Women'] }),
      entry({
        id: 'cerd',
        expansion: 'Committee on the Elimination of Racial Discrimination',
        officialName: 'Committee on the Elimination of Racial Discrimination',
        reportWording: 'Committee on Elimination of Racial Discrimination',
        acronyms: ['CERD'],
        mentions: ['Committee on Elimination of Racial Discrimination'],
      }),
    ]);
    expect(groups).toEqual([
      { acronyms: ['CSW61', 'CSW'], printed: ['Commission on the Status of Women'], names: ['Commission on the Status of Women'] },
      {
        acronyms: ['CERD'],
        printed: ['Committee on Elimination of Racial Discrimination'],
        names: ['Committee on Elimination of Racial Discrimination', 'Committee on the Elimination of Racial Discrimination'],
      },
    ]);
  });

  it('leaves out entries without an acronym, and names that are the acronym itself', () => {
    expect(synonymGroups([entry({ id: 'population-division', expansion: 'Population Division', mentions: ['Population Division'] })])).toEqual([]);
    expect(synonymGroups([entry({ id: 'symbol', expansion: 'UN/POP/MIG-15CM/2017/1', acronyms: ['UN/POP/MIG-15CM/2017/1'] })])).toEqual([]);
  });
});
