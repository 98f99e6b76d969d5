import { describe, expect, it } from 'vitest';
import { PAGE_CARDS, cardAlt, cardName, cardPath, previewCards, reportCard, sectionCard } from './preview-cards.ts';

const sections = [
  { id: 'title-page', data: { title: 'CONTRIBUTION TO THE MEETING', navTitle: 'Title page', kind: 'title-page' as const } },
  { id: 'activities-2016', data: { label: 'A', title: 'ACTIVITIES UNDERTAKEN', navTitle: 'Activities in 2016' } },
  { id: 'chair-of-the-gmg', data: { label: '1', title: 'Chair of the GMG', navTitle: 'Chair of the GMG', parent: 'activities-2016' } },
];

describe('preview cards', () => {
  it('names a section by its cited label and prints its heading as the report does', () => {
    expect(sectionCard(sections[2]!, sections)).toEqual({ page: 'chair-of-the-gmg/', kicker: 'Section A.1', heading: '1. Chair of the GMG' });
    expect(sectionCard(sections[1]!, sections)).toMatchObject({ kicker: 'Section A', heading: 'A. ACTIVITIES UNDERTAKEN' });
    expect(sectionCard(sections[0]!, sections)).toMatchObject({ kicker: 'Title page', heading: 'CONTRIBUTION TO THE MEETING' });
  });

  it('heads the home and full-report cards with the title page’s printed heading, as those pages are', () => {
    expect(reportCard('home', sections)).toEqual({ ...PAGE_CARDS.home, heading: 'CONTRIBUTION TO THE MEETING' });
    expect(reportCard('fullReport', sections).heading).toBe('CONTRIBUTION TO THE MEETING');
    expect(reportCard('home', sections.slice(1))).toEqual(PAGE_CARDS.home);
  });

  it('makes one card per shared page, each at its own address', () => {
    const cards = previewCards(sections);
    const paths = cards.map((card) => cardPath(card, '/'));
    expect(new Set(paths).size).toBe(cards.length);
    expect(paths).toContain('/og/index.png');
    expect(paths).toContain('/og/chair-of-the-gmg.png');
    expect(paths).toContain('/og/full-report.png');
  });

  it('keeps the base path', () => {
    expect(cardPath({ page: 'glossary/' }, '/un-women-15cm/')).toBe('/un-women-15cm/og/glossary.png');
    expect(cardName('')).toBe('index');
  });

  it('describes the card in words for og:image:alt', () => {
    expect(cardAlt({ page: 'x/', kicker: 'Section B', heading: 'B. INITIATIVES' })).toBe(
      'UN/POP/MIG-15CM/2017/1. Section B: B. INITIATIVES. Fifteenth Coordination Meeting on International Migration, New York, 16-17 February 2017.',
    );
  });
});
