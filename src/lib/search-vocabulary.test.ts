import { describe, expect, it } from 'vitest';
import { buildVocabulary } from './search-vocabulary.ts';

describe('buildVocabulary', () => {
  it('counts words case-insensitively, most frequent first, each spelt as most often printed', () => {
    const vocabulary = buildVocabulary([
      'Mexico, Moldova and the Philippines. MOLDOVA',
      'labour rights; Moldova and labour',
    ]);
    expect(vocabulary.words.slice(0, 2)).toEqual(['Moldova', 'labour']);
    expect(vocabulary.counts.slice(0, 2)).toEqual([3, 2]);
    expect(vocabulary.words).toContain('Philippines');
    expect(vocabulary.words.length).toBe(vocabulary.counts.length);
  });

  it('splits at punctuation and leaves out numbers, words with digits and words under four letters', () => {
    const vocabulary = buildVocabulary(['EU-funded CSW61 64th 10.7 of UN Women’s (CEDAW) 2016']);
    expect(vocabulary.words.sort()).toEqual(['CEDAW', 'Women', 'funded']);
  });

  it('spells a word printed as often in two ways the same whatever the order of the pages', () => {
    expect(buildVocabulary(['WOMEN', 'Women']).words).toEqual(['Women']);
    expect(buildVocabulary(['Women', 'WOMEN']).words).toEqual(['Women']);
  });

  it('orders words of equal count alphabetically, so a build is reproducible', () => {
    expect(buildVocabulary(['zeta alpha midst']).words).toEqual(['alpha', 'midst', 'zeta']);
  });
});
