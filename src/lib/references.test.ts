import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import type { SdgEntry } from '../schemas/sdg.ts';
import { loadGlossary, loadSdgs } from './data-files.ts';
import { collectPassages, passagesUsingSdg, passagesUsingTerm, type Passage, type SectionSource } from './references.ts';
import { parseSectionBody } from './section-tree.ts';

// Counts the sections parsed, to see which a stored result spared.
vi.mock('./section-tree.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./section-tree.ts')>();
  return { ...actual, parseSectionBody: vi.fn(actual.parseSectionBody) };
});

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

describe('collectPassages with a store', () => {
  /** A store as the next build reads it from disk: what was set, through JSON. */
  const nextBuild = (store: Map<string, Passage[]>) => new Map(JSON.parse(JSON.stringify([...store])) as [string, Passage[]][]);
  /** The bodies parsed since the store was filled. */
  const parsed = () => vi.mocked(parseSectionBody).mock.calls.map(([body]) => body);
  const bodyOf = (slug: string) => SECTIONS.find((section) => section.slug === slug)?.body;

  let store: Map<string, Passage[]>;
  beforeEach(() => {
    store = new Map();
    collectPassages(SECTIONS, GLOSSARY, SDGS, store);
    vi.mocked(parseSectionBody).mockClear();
  });

  it('gives from the store what it finds afresh, parsing nothing', () => {
    expect(collectPassages(SECTIONS, GLOSSARY, SDGS, nextBuild(store))).toEqual(passages);
    expect(parsed()).toEqual([]);
  });

  it('parses again a section whose text changed, and only it', () => {
    const edited = SECTIONS.map((section) => (section.slug === 'initiatives-2017' ? { ...section, body: 'Supporting the GMG.' } : section));
    const again = collectPassages(edited, GLOSSARY, SDGS, nextBuild(store));
    expect(parsed()).toEqual(['Supporting the GMG.']);
    expect(again).toEqual(collectPassages(edited, GLOSSARY, SDGS));
    expect(addresses(passagesUsingTerm(again, 'gmg'))).toContain('initiatives-2017#initiatives-supporting-the-gmg');
  });

  it('parses again a section whose ids are shaped otherwise', () => {
    const edited = SECTIONS.map((section) =>
      section.slug === 'initiatives-2017' ? { ...section, frontmatter: { idPrefix: 'init' } } : section,
    );
    const again = collectPassages(edited, GLOSSARY, SDGS, nextBuild(store));
    expect(addresses(passagesUsingSdg(again, 'goal-5'))).toEqual(['initiatives-2017#init-supporting-goal-5-and-the-gfmd']);
    expect(parsed()).toEqual([bodyOf('initiatives-2017')]);
  });

  it('parses every section again when a wording the finders look for changes', () => {
    const glossary = GLOSSARY.map((entry) => (entry.id === 'gmg' ? { ...entry, mentions: [...entry.mentions, 'Member States'] } : entry));
    const again = collectPassages(SECTIONS, glossary, SDGS, nextBuild(store));
    expect(parsed()).toEqual(SECTIONS.map((section) => section.body));
    expect(again).toEqual(collectPassages(SECTIONS, glossary, SDGS));
    expect(passagesUsingTerm(again, 'gmg').length).toBe(passagesUsingTerm(passages, 'gmg').length + 1);
  });

  it('parses nothing again when what changed in the glossary is not a wording', () => {
    const glossary = GLOSSARY.map((entry) => ({ ...entry, description: 'Reworded.' }));
    collectPassages(SECTIONS, glossary, SDGS, nextBuild(store));
    expect(parsed()).toEqual([]);
  });
});

describe('the real glossary and SDG data', () => {
  it('load and validate', () => {
    expect(loadGlossary('content').length).toBeGreaterThan(30);
    expect(loadSdgs('content').map((sdg) => sdg.id)).toEqual(['goal-5', 'goal-8', 'target-8-8', 'goal-10', 'target-10-7']);
  });
});
