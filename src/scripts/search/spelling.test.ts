import { describe, expect, it } from 'vitest';
import { buildVocabulary, MIN_WORD_LENGTH } from '../../lib/search-vocabulary.ts';
import { closestWord, correctQuery, editDistance, maxEdits, SHORTEST_CORRECTED } from './spelling.ts';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions as one edit each', () => {
    expect(editDistance('labor', 'labour')).toBe(1);
    expect(editDistance('labour', 'labor')).toBe(1);
    expect(editDistance('moldava', 'moldova')).toBe(1);
    expect(editDistance('xenofobia', 'xenophobia')).toBe(2);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('counts a transposition of two neighbouring letters as one edit', () => {
    expect(editDistance('mexcio', 'mexico')).toBe(1);
    expect(editDistance('cedwa', 'cedaw')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
  });

  it('is the optimal string alignment distance: no substring is edited twice', () => {
    // Full Damerau-Levenshtein gives 2 (ca -> ac -> abc); OSA cannot edit the transposed pair again.
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('compares letters, not UTF-16 code units', () => {
    expect(editDistance('Antonio', 'António')).toBe(1);
    expect(editDistance('a😀b', 'ab')).toBe(1);
  });

  it('stops past the limit and says so with limit + 1', () => {
    expect(editDistance('moldova', 'philippines', 2)).toBe(3);
    expect(editDistance('abcdef', 'abcdefghij', 2)).toBe(3);
    expect(editDistance('labor', 'labour', 1)).toBe(1);
  });
});

describe('maxEdits', () => {
  it('allows none under five letters, one up to eight, two from nine', () => {
    expect(['of', 'img', 'evnt', 'labor', 'moldavia', 'xenofobia'].map(maxEdits)).toEqual([0, 0, 0, 1, 1, 2]);
  });
});

describe('closestWord', () => {
  const vocabulary = buildVocabulary([
    'labour labour labour major major major major major later later later later Moldova Mexico xenophobia',
  ]);

  it('takes the fewest edits first, even over a more frequent word', () => {
    // "major" and "later" are two edits from "labor" and printed more often; "labour" is one.
    expect(closestWord('labor', vocabulary)).toBe('labour');
    expect(closestWord('Moldava', vocabulary)).toBe('Moldova');
    expect(closestWord('Mexcio', vocabulary)).toBe('Mexico');
    expect(closestWord('xenofobia', vocabulary)).toBe('xenophobia');
  });

  it('among equally close words prefers the one printed more often', () => {
    expect(closestWord('pirts', buildVocabulary(['parts parts parts ports']))).toBe('parts');
    expect(closestWord('pirts', buildVocabulary(['parts ports ports ports']))).toBe('ports');
  });

  it('finds nothing beyond the edits a word of its length allows', () => {
    expect(closestWord('zzyzx', vocabulary)).toBeUndefined();
    // Two edits, but a five-letter word is allowed one.
    expect(closestWord('lxbxr', vocabulary)).toBeUndefined();
    expect(closestWord('Mexio', vocabulary)).toBe('Mexico');
    expect(closestWord('Mexo', vocabulary)).toBeUndefined();
  });
});

describe('correctQuery', () => {
  const vocabulary = buildVocabulary(['labour rights Moldova Mexico the Philippines migrant workers']);
  const known = new Set(['rights', 'mexico', 'moldova', 'migrant', 'workers', 'labo']);
  const matches = async (word: string) => known.has(word.toLowerCase());
  const fetched: number[] = [];
  const load = async () => {
    fetched.push(1);
    return { vocabulary, lowerCased: vocabulary.words.map((w) => w.toLowerCase()) };
  };

  it('replaces only the words that match nothing, keeping the punctuation typed around them', async () => {
    expect(await correctQuery('labor rights', matches, load)).toEqual({ search: 'labour rights', replaced: [['labor', 'labour']] });
    expect(await correctQuery('"Moldava, Mexico"', matches, load)).toEqual({ search: '"Moldova, Mexico"', replaced: [['Moldava', 'Moldova']] });
  });

  it('never corrects a word that matches, and never fetches the vocabulary then', async () => {
    fetched.length = 0;
    // "labo" is close to "labour" but matches it already (as a prefix, as Pagefind finds it).
    expect(await correctQuery('labo Moldova', matches, load)).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('leaves numbers and short words alone, and gives up when nothing is close', async () => {
    expect(await correctQuery('10.8 of zzyzx Mexo', matches, load)).toBeUndefined();
  });
});

describe('SHORTEST_CORRECTED', () => {
  it('is one letter longer than the vocabulary’s shortest word, so the vocabulary holds every word a correction reaches', () => {
    expect(MIN_WORD_LENGTH).toBe(SHORTEST_CORRECTED - 1);
  });
});
