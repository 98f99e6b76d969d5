import { describe, expect, it } from 'vitest';
import { mergeFound, readPages, type FoundPage, type PagefindResult } from './pagefind.ts';
import type { PageData } from './passages.ts';

/** A page result whose single passage matches once, counting how often its fragment is read. */
function fakePages(count: number, reads: number[]): FoundPage[] {
  return mergeFound([{ results: fakeResults(count, reads), searched: 1 }]);
}

function fakeResults(count: number, reads: number[]): PagefindResult[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `page-${index}`,
    score: count - index,
    data: async (): Promise<PageData> => {
      reads.push(index);
      return {
        url: `/part-${index}/`,
        content: 'CEDAW is named here.',
        meta: {},
        filters: { section: [`Part ${index}`] },
        anchors: [{ element: 'p', id: `p-${index}`, location: 0 }],
        weighted_locations: [{ location: 0, weight: 1, balanced_score: 1 }],
      };
    },
  }));
}

describe('readPages', () => {
  it('reads every page of a small report', async () => {
    const reads: number[] = [];
    const { pages, complete } = await readPages(fakePages(5, reads), 40);
    expect(complete).toBe(true);
    expect(pages).toHaveLength(5);
    expect(reads.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });

  it('stops fetching fragments once it has enough results, best-ranked pages first', async () => {
    const reads: number[] = [];
    const { pages, complete } = await readPages(fakePages(1000, reads), 10);
    expect(complete).toBe(false);
    expect(reads.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pages.flat().length).toBeGreaterThanOrEqual(10);
    expect(pages[0]?.[0]?.href).toBe('/part-0/#p-0');
  });

  it('fetches no fragment for a query the reader has already typed past', async () => {
    const reads: number[] = [];
    const { pages, complete } = await readPages(fakePages(50, reads), 10, () => true);
    expect(reads).toEqual([]);
    expect(pages).toEqual([]);
    expect(complete).toBe(false);
  });
});

describe('mergeFound', () => {
  const result = (id: string, score: number): PagefindResult => ({ id, score, data: async () => Promise.reject(new Error('not read')) });

  it('keeps one search in Pagefind’s order', () => {
    const found = mergeFound([{ results: [result('a', 9), result('b', 9), result('c', 1)], searched: 1 }]);
    expect(found.map((page) => page.hits[0]?.result.id)).toEqual(['a', 'b', 'c']);
  });

  it('ranks the pages of a rewritten query among the reader’s own, each search scaled by its best page', () => {
    // Six words score higher than one in Pagefind; scaled, each search's best page comes first.
    const reader = { results: [result('name-1', 60), result('both', 30)], searched: 6 };
    const rewrite = { results: [result('acronym-1', 5), result('both', 4), result('acronym-2', 1)], searched: 1 };
    const found = mergeFound([reader, rewrite]);
    expect(found.map((page) => page.hits.map((hit) => hit.result.id)[0])).toEqual(['name-1', 'acronym-1', 'both', 'acronym-2']);
    // A page both searches found is read for each, with the number of words each searched.
    expect(found[2]?.hits.map((hit) => hit.searched)).toEqual([6, 1]);
  });
});
