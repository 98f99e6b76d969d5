import { describe, expect, it } from 'vitest';
import { highlightPattern } from './highlight.ts';

const matches = (terms: string[], text: string): string[] => [...text.matchAll(highlightPattern(terms) ?? /$^/g)].map((m) => m[0]);

describe('highlightPattern', () => {
  it('matches whole words only, ignoring case', () => {
    expect(matches(['cedaw'], 'CEDAW, the CEDAW-based reviews; not CEDAWS')).toEqual(['CEDAW', 'CEDAW']);
    expect(matches(['on'], 'On Monday, online, on:')).toEqual(['On', 'on']);
  });

  it('prefers the longest term where terms overlap', () => {
    expect(matches(['CEDAW', 'CEDAW-based'], 'national CEDAW-based legal reviews')).toEqual(['CEDAW-based']);
  });

  it('treats punctuation in terms literally', () => {
    expect(matches(['10.7'], 'Target 10.7 on; not 1047 or 10x7')).toEqual(['10.7']);
    expect(matches(['UN/POP/MIG-15CM/2017/1'], 'UN/POP/MIG-15CM/2017/1.')).toEqual(['UN/POP/MIG-15CM/2017/1']);
    expect(matches(['a+b(c)'], 'x a+b(c) y')).toEqual(['a+b(c)']);
  });

  it('knows letters beyond ASCII', () => {
    expect(matches(['migración'], 'la migración, migraciónes')).toEqual(['migración']);
  });

  it('has nothing to match for no terms', () => {
    expect(highlightPattern([])).toBeUndefined();
    expect(highlightPattern(['  '])).toBeUndefined();
  });
});
