import { describe, expect, it } from 'vitest';
import {
  anchorIndexAt,
  bareWord,
  contentWords,
  excerpt,
  keepRelevant,
  matchPassages,
  mergeSearches,
  passageResults,
  type PageData,
  type PassageMatch,
} from './passages.ts';

// Shaped like Pagefind's data for a section page: the heading, a paragraph, a numbered list.
const content =
  '1. Chair of the GMG. UN Women served as Chair (GMG). The meetings focused on: Understanding large movements. Protecting the human rights of all people.';
const page: PageData = {
  url: '/base/chair-of-the-gmg/',
  content,
  meta: { title: '1. Chair of the GMG' },
  filters: { section: ['A.1 Chair of the GMG'] },
  anchors: [
    { element: 'h1', id: 'chair-of-the-gmg', text: '1. Chair of the GMG', location: 0 },
    { element: 'p', id: 'gmg-un-women-served', text: 'UN Women served…', location: 5 },
    { element: 'a', id: 'fnref-1', text: '', location: 7 },
    { element: 'li', id: 'gmg-meeting-1', text: 'Understanding large movements', location: 15 },
    { element: 'li', id: 'gmg-meeting-2', text: 'Protecting the human rights of all people', location: 18 },
  ],
  weighted_locations: [
    { location: 4, weight: 1, balanced_score: 10 },
    { location: 10, weight: 1, balanced_score: 10 },
    { location: 14, weight: 1, balanced_score: 5 },
    { location: 23, weight: 1, balanced_score: 3 },
  ],
};
const words = contentWords(content);

describe('contentWords and bareWord', () => {
  it('count words the way Pagefind counts locations', () => {
    expect(words[4]).toBe('GMG.');
    expect(words[10]).toBe('(GMG).');
    expect(words[15]).toBe('Understanding');
  });

  it('strip the punctuation around a word but not inside it', () => {
    expect(bareWord('(GMG).')).toBe('GMG');
    expect(bareWord('CEDAW-based')).toBe('CEDAW-based');
    expect(bareWord('10.7')).toBe('10.7');
    expect(bareWord('"In')).toBe('In');
    expect(bareWord('—')).toBe('');
  });
});

describe('anchorIndexAt', () => {
  const anchors = page.anchors.filter((a) => a.element !== 'a');
  it('finds the last anchor starting at or before a word', () => {
    expect(anchorIndexAt(anchors, 0)).toBe(0);
    expect(anchorIndexAt(anchors, 4)).toBe(0);
    expect(anchorIndexAt(anchors, 5)).toBe(1);
    expect(anchorIndexAt(anchors, 17)).toBe(2);
    expect(anchorIndexAt(anchors, 18)).toBe(3);
    expect(anchorIndexAt(anchors, 400)).toBe(3);
  });

  it('says so when a word comes before every anchor', () => {
    expect(anchorIndexAt([{ element: 'p', id: 'x', location: 3 }], 1)).toBe(-1);
  });
});

describe('matchPassages', () => {
  it('puts each match in the passage that holds it, skipping anchors that are not passages', () => {
    const matches = matchPassages(page, words);
    expect(matches.map((m) => [m.id, m.locations])).toEqual([
      ['chair-of-the-gmg', [4]],
      ['gmg-un-women-served', [10, 14]],
      ['gmg-meeting-2', [23]],
    ]);
    expect(matches[1]).toMatchObject({ start: 5, end: 15, heading: '1. Chair of the GMG', words: ['gmg', 'on'] });
    expect(matches[2]?.end).toBe(words.length);
  });
});

describe('keepRelevant', () => {
  const match = (id: string, count: number): PassageMatch => ({
    id,
    start: 0,
    end: 1,
    locations: [],
    score: 0,
    words: Array.from({ length: count }, (_, i) => `w${i}`),
    coverage: count / 6,
    heading: undefined,
  });

  it('drops passages holding fewer than half the best passage’s words', () => {
    const kept = keepRelevant([match('a', 6), match('b', 3), match('c', 2), match('d', 1)]);
    expect(kept.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('keeps every passage of a one-word query', () => {
    expect(keepRelevant([match('a', 1), match('b', 1)])).toHaveLength(2);
  });
});

describe('excerpt', () => {
  it('marks the matched word without its punctuation and keeps the text as printed', () => {
    const [, served] = matchPassages(page, words);
    const segments = excerpt(words, served as PassageMatch, 24);
    expect(segments.map((s) => s.text).join('')).toBe(words.slice(5, 15).join(' '));
    expect(segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['GMG', 'on']);
    expect(segments.find((s) => s.text.includes('(') && !s.marked)?.text).toMatch(/\($/);
  });

  it('shows ellipses where the passage is cut', () => {
    const long = contentWords(Array.from({ length: 100 }, (_, i) => `w${i}`).join(' '));
    const match: PassageMatch = { id: 'p', start: 0, end: 100, locations: [50], score: 1, words: ['w50'], coverage: 1, heading: undefined };
    const segments = excerpt(long, match, 10);
    expect(segments[0]?.text.startsWith('… ')).toBe(true);
    expect(segments.at(-1)?.text.endsWith(' …')).toBe(true);
    expect(segments.find((s) => s.marked)?.text).toBe('w50');
  });
});

describe('passageResults', () => {
  it('links each result to page#passage, best passage first, with the section label and heading', () => {
    const results = passageResults(page);
    expect(results.map((r) => r.href)).toEqual([
      '/base/chair-of-the-gmg/#gmg-un-women-served',
      '/base/chair-of-the-gmg/#chair-of-the-gmg',
      '/base/chair-of-the-gmg/#gmg-meeting-2',
    ]);
    expect(results[0]).toMatchObject({ section: 'A.1 Chair of the GMG', heading: '1. Chair of the GMG' });
    expect(results[0]?.terms).toEqual(['GMG', 'all', 'on']);
  });

  it('never treats excerpt text as markup', () => {
    const hostile: PageData = {
      ...page,
      content: 'Tom <img src=x onerror=alert(1)> & Jerry',
      anchors: [{ element: 'p', id: 'p1', location: 0 }],
      weighted_locations: [{ location: 1, weight: 1, balanced_score: 1 }],
    };
    const [result] = passageResults(hostile);
    expect(result?.excerpt.map((s) => s.text).join('')).toBe('Tom <img src=x onerror=alert(1)> & Jerry');
    expect(result?.excerpt.find((s) => s.marked)?.text).toBe('img');
  });
});

describe('mergeSearches', () => {
  it('ranks a passage found by a one-word rewrite with passages matching all of a longer query', () => {
    // The reader searched six words; the rewrite, one word, found the acronym in another passage.
    const reader = passageResults({ ...page, weighted_locations: [14, 15, 16, 17, 18, 19].map((location) => ({ location, weight: 1, balanced_score: 1 })) }, 6);
    const rewrite = passageResults({ ...page, weighted_locations: [{ location: 10, weight: 1, balanced_score: 1 }] }, 1);
    const merged = mergeSearches([reader, rewrite]);
    expect(merged.map((result) => [result.id, result.match.coverage])).toEqual([
      ['gmg-un-women-served', 1],
      ['gmg-meeting-1', 3 / 6],
      ['gmg-meeting-2', 2 / 6],
    ]);
    // Every word matched on the page is highlighted on landing, whichever search matched it.
    expect(merged[0]?.terms).toEqual(expect.arrayContaining(['GMG', 'Understanding']));
    expect(keepRelevant(merged.map((result) => result.match)).map((match) => match.id)).toEqual(['gmg-un-women-served', 'gmg-meeting-1']);
  });

  it('keeps each passage once, as the search that matched it best found it', () => {
    const one = passageResults(page, 1);
    const merged = mergeSearches([one, passageResults(page, 4)]);
    expect(merged.map((result) => result.id)).toEqual(one.map((result) => result.id));
    expect(merged.map((result) => result.match.coverage)).toEqual(one.map((result) => result.match.coverage));
  });
});
