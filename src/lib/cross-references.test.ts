import { describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { indexPassages, passageLabeller, readingOrder, relatedSubjects, sectionTextLength, RELATED_TEXT, type RelatedOptions } from './cross-references.ts';
import type { Passage } from './references.ts';
import type { LabelledSection } from './section-labels.ts';
import { parseSectionBody } from './section-tree.ts';

// Counts the bodies parsed, to see which a stored length spared.
vi.mock('./section-tree.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./section-tree.ts')>();
  return { ...actual, parseSectionBody: vi.fn(actual.parseSectionBody) };
});

function entry(id: string, crossReference = true): GlossaryEntry {
  return { id, term: `Term ${id}`, expansion: id, description: 'Ours.', acronyms: [], mentions: [], crossReference };
}

const GLOSSARY = [entry('nyd'), entry('gfmd'), entry('un', false)];
const SECTIONS: LabelledSection[] = Array.from({ length: 40 }, (_, i) => ({
  id: `s${i}`,
  data: { title: `Part ${i}`, navTitle: `Part ${i}`, label: String(i + 1) },
}));

/** Every section has one passage on the New York Declaration; even ones also name the GFMD and the UN. */
const PASSAGES: Passage[] = SECTIONS.map((section, i) => ({
  section: section.id,
  id: `p${i}-a`,
  place: 'paragraph 1',
  terms: i % 2 === 0 ? ['un', 'gfmd', 'nyd'] : ['nyd'],
  sdgs: [],
}));
const index = indexPassages(PASSAGES);

function options(section: string, maxChars = 10_000): RelatedOptions {
  return { section, order: readingOrder(SECTIONS), maxLinks: 5, maxChars, label: passageLabeller(SECTIONS) };
}

function printedLength(subjects: ReturnType<typeof relatedSubjects>, label: (p: Passage) => string): number {
  const text = [
    RELATED_TEXT.heading,
    ...subjects.map(
      (s) => `${s.entry.term}: ${s.links.map((p) => `${label(p)}; `).join('')}${RELATED_TEXT.glossaryLink(s.total, s.links.length)}`,
    ),
  ].join(' ');
  return text.length;
}

describe('indexPassages', () => {
  it('looks passages up by section, term and SDG, in reading order', () => {
    expect(index.bySection.get('s3')?.map((p) => p.id)).toEqual(['p3-a']);
    expect(index.byTerm.get('gfmd')?.map((p) => p.section)).toEqual(SECTIONS.filter((_, i) => i % 2 === 0).map((s) => s.id));
    expect(index.byTerm.get('nyd')).toHaveLength(40);
  });
});

describe('relatedSubjects', () => {
  it('names each cross-referenced subject once, in order of first use, leaving out the others', () => {
    const subjects = relatedSubjects(index, GLOSSARY, options('s10'));
    expect(subjects.map((s) => s.entry.id)).toEqual(['gfmd', 'nyd']);
  });

  it('links at most five passages, in other sections, the nearest ones (the earlier on a tie), in reading order', () => {
    const [gfmd, nyd] = relatedSubjects(index, GLOSSARY, options('s10'));
    expect(nyd?.links.map((p) => p.section)).toEqual(['s7', 's8', 's9', 's11', 's12']);
    expect(nyd?.total).toBe(39);
    expect(gfmd?.links.map((p) => p.section)).toEqual(['s4', 's6', 's8', 's12', 's14']);
    expect(gfmd?.total).toBe(19);
    expect(RELATED_TEXT.glossaryLink(39, 5)).toBe('all 39 passages in the glossary');
    expect(RELATED_TEXT.glossaryLink(2, 2)).toBe('its glossary entry');
  });

  it('is never longer than the budget, dropping far links and then whole subjects', () => {
    const label = passageLabeller(SECTIONS);
    const full = relatedSubjects(index, GLOSSARY, options('s10'));
    for (const budget of [0, 20, 60, 90, 140, 200, 300, printedLength(full, label)]) {
      const subjects = relatedSubjects(index, GLOSSARY, options('s10', budget));
      if (subjects.length > 0) expect(printedLength(subjects, label), `budget ${budget}`).toBeLessThanOrEqual(budget);
    }
    expect(relatedSubjects(index, GLOSSARY, options('s10', 10))).toEqual([]);
    const tight = relatedSubjects(index, GLOSSARY, options('s10', 140));
    expect(tight.length).toBeGreaterThan(0);
    expect(tight.flatMap((s) => s.links).length).toBeLessThan(10);
  });

  it('leaves out a subject no other section treats', () => {
    const alone = indexPassages([{ ...PASSAGES[0]!, terms: ['nyd'] }]);
    expect(relatedSubjects(alone, GLOSSARY, options('s0'))).toEqual([]);
  });
});

describe('sectionTextLength', () => {
  it('counts the words a reader sees: heading, text and footnotes, without markup', () => {
    const body = 'The *New York Declaration*[^1] was adopted.\n\n1. One\n2. Two\n\n[^1]: A note.';
    expect(sectionTextLength(body, '1. Chair')).toBe('1. Chair'.length + 'The New York Declaration was adopted.OneTwoA note.'.length);
  });

  it('takes from the store what it counted for the same text, and counts a changed text again', () => {
    const body = 'The *New York Declaration*[^1] was adopted.\n\n[^1]: A note.';
    const store = new Map<string, number>();
    const counted = sectionTextLength(body, '1. Chair', store);
    const nextBuild = new Map(JSON.parse(JSON.stringify([...store])) as [string, number][]);
    vi.mocked(parseSectionBody).mockClear();
    expect(sectionTextLength(body, '1. Chair', nextBuild)).toBe(counted);
    expect(parseSectionBody).not.toHaveBeenCalled();
    expect(sectionTextLength(body, '1. The Chair', nextBuild)).toBe(counted + 'The '.length);
    expect(sectionTextLength(`${body} More.`, '1. Chair', nextBuild)).toBe(counted + ' More.'.length);
    expect(vi.mocked(parseSectionBody).mock.calls).toEqual([[body], [`${body} More.`]]);
  });
});
