import { afterAll, describe, expect, it, vi } from 'vitest';
import { scratchWithCache } from '../../tests/support/scratch-cache.ts';
import { citedItem } from './cited-items.ts';

const section = citedItem('https://example.org/chair-of-the-gmg/', { slug: 'chair-of-the-gmg', label: 'A.1', title: 'Chair of the GMG' });
// A label of another shape ("1" is numeric), whose templates no build has made yet.
const numbered = citedItem('https://example.org/part-1/', { slug: 'part-1', label: '1', title: 'Part one' });

describe('pageCitations', () => {
  scratchWithCache('page-citations');
  afterAll(() => {
    vi.doUnmock('./citation.ts');
  });

  it('fills a page in from the templates an earlier build kept without loading Citation.js, and loads it for a page they do not fit', async () => {
    vi.resetModules();
    const earlier = await import('./citation.ts');
    const expected = earlier.pageCitations(section);
    // The template store writes its file once the current task is over.
    await new Promise((resolve) => setTimeout(resolve, 0));

    // The next build: modules start again, and loading the citation module is counted.
    vi.resetModules();
    const loads = vi.fn();
    vi.doMock('./citation.ts', async (importOriginal) => {
      loads();
      return importOriginal();
    });
    const { pageCitations } = await import('./page-citations.ts');
    expect(await pageCitations(section)).toEqual(expected);
    expect(loads).not.toHaveBeenCalled();

    const made = await pageCitations(numbered);
    expect(loads).toHaveBeenCalledTimes(1);
    expect(made).toEqual((await import('./citation.ts')).pageCitations(numbered));
    expect(made.map(({ inText }) => inText)).toContain('(UN Women, 2017, Section 1)');
  }, 60_000);
});
