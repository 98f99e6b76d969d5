import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SdgEntry } from '../schemas/sdg.ts';
import { loadGlossary, loadSdgs } from './data-files.ts';
import { collectPassages, passagesUsingSdg, passagesUsingTerm, type SectionSource } from './references.ts';

function entry(id: string, fields: Partial<GlossaryEntry>): GlossaryEntry {
  return { id, term: id, expansion: id, description: 'Ours.', acronyms: [], mentions: [], crossReference: false, ...fields };
}

const GLOSSARY = [
  entry('gmg', { acronyms: ['GMG'], mentions: ['Global Migration Group'] }),
  entry('un', { acronyms: ['UN'] }),
  entry('nyd', { mentions: ['New York Declaration', 'NEW YORK DECLARATION'], crossReference: true }),
  entry('gfmd', { acronyms: ['GFMD'], crossReference: true }),
];
const SDGS: SdgEntry[] = [{ id: 'goal-5', kind: 'goal', number: '5', wording: 'Achieve gender equality', mentions: ['Goal 5'] }];

const SECTIONS: SectionSource[] = [
  {
    slug: 'title-page',
    frontmatter: { idPrefix: 'title' },
    body: 'UN/POP\n\n# <span class="title-lead">CONTRIBUTION</span> TO THE MEETING[^1]\n\n[^1]: The views of the UN Secretariat.',
  },
  {
    slug: 'chair-of-the-gmg',
    heading: '1. Chair of the GMG',
    frontmatter: { idPrefix: 'gmg', listItemNoun: 'meeting' },
    body: [
      'UN Women served as Chair of the Global Migration Group (GMG).',
      '6. Commitments in the New York Declaration\n7. The *New York Declaration* for Refugees',
      'At the Summit, Member States adopted the *New York Declaration*. Statements at the GFMD Summit.',
    ].join('\n\n'),
  },
  {
    slug: 'initiatives-2017',
    heading: 'B. INITIATIVES TO SUPPORT THE NEW YORK DECLARATION',
    frontmatter: { idPrefix: 'initiatives' },
    body: 'Supporting Goal 5 and the GFMD.',
  },
];

const passages = collectPassages(SECTIONS, GLOSSARY, SDGS);
const addresses = (list: { section: string; id: string }[]) => list.map(({ section, id }) => `${section}#${id}`);

describe('collectPassages', () => {
  it('finds each use under the passage id the build gives it, in reading order', () => {
    expect(addresses(passagesUsingTerm(passages, 'gmg'))).toEqual([
      'chair-of-the-gmg#chair-of-the-gmg',
      'chair-of-the-gmg#gmg-un-women-served-as-chair-of',
    ]);
  });

  it('says where each passage is in words, with the section’s noun for numbered items', () => {
    const places = passagesUsingTerm(passages, 'nyd').map((passage) => passage.place);
    expect(places).toEqual(['meeting 6', 'meeting 7', 'paragraph 2', 'heading']);
  });

  it('reads MDX bodies and footnotes as the build does', () => {
    expect(addresses(passagesUsingTerm(passages, 'un'))).toEqual([
      'title-page#title-unpop',
      'title-page#fn-title-1',
      'chair-of-the-gmg#gmg-un-women-served-as-chair-of',
    ]);
  });

  it('lists the passages that mention an SDG goal', () => {
    expect(addresses(passagesUsingSdg(passages, 'goal-5'))).toEqual(['initiatives-2017#initiatives-supporting-goal-5-and-the-gfmd']);
  });

  it('gives the same result whatever order it is asked in', () => {
    const again = collectPassages([...SECTIONS], GLOSSARY, SDGS);
    expect(again).toEqual(passages);
  });
});

describe('the real glossary and SDG data', () => {
  it('load and validate', () => {
    expect(loadGlossary('content').length).toBeGreaterThan(30);
    expect(loadSdgs('content').map((sdg) => sdg.id)).toEqual(['goal-5', 'goal-8', 'target-8-8', 'goal-10', 'target-10-7']);
  });
});
