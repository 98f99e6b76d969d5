import { describe, expect, it } from 'vitest';
import { countMessage, shortQuery } from './render.ts';

describe('shortQuery', () => {
  it('collapses white space and shortens long queries without splitting emoji', () => {
    expect(shortQuery('  New   York \n')).toBe('New York');
    expect(shortQuery('a'.repeat(100), 10)).toBe(`${'a'.repeat(10)}…`);
    expect(shortQuery('🙂'.repeat(20), 3)).toBe('🙂🙂🙂…');
  });
});

describe('countMessage', () => {
  it('counts results and sections in words a screen reader says well', () => {
    expect(countMessage(1, 1)).toBe('1 result in 1 section');
    expect(countMessage(12, 3)).toBe('12 results in 3 sections');
  });
});
