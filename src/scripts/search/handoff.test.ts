import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeHandoff, HANDOFF_KEY, MAX_QUERY_LENGTH } from './handoff.ts';
import { decodeHandoff, HANDOFF_KEY as READ_KEY, termsFromParams } from './handoff-read.ts';

describe('HANDOFF_KEY', () => {
  it('is the key the loader checks before fetching the highlighter', () => {
    const loader = readFileSync(new URL('../search-loader.ts', import.meta.url), 'utf8');
    expect(loader).toContain(`const HANDOFF_KEY = '${HANDOFF_KEY}';`);
  });

  it('is the key the highlighter reads, and the query is cut at the same length on both sides', () => {
    expect(READ_KEY).toBe(HANDOFF_KEY);
    const long = { page: '/', terms: ['CEDAW'], query: 'q'.repeat(MAX_QUERY_LENGTH + 50) };
    expect(decodeHandoff(JSON.stringify(long), '/')?.query).toBe('q'.repeat(MAX_QUERY_LENGTH));
    expect(JSON.parse(encodeHandoff(long)).query).toBe('q'.repeat(MAX_QUERY_LENGTH));
  });
});

describe('search highlight handoff', () => {
  const handoff = { page: '/un-women-15cm/eu-un-women-project/', terms: ['CEDAW-based', 'CEDAW'], query: 'cedaw' };

  it('round-trips for the page it was made for', () => {
    expect(decodeHandoff(encodeHandoff(handoff), handoff.page)).toEqual(handoff);
  });

  it('is ignored on any other page', () => {
    expect(decodeHandoff(encodeHandoff(handoff), '/eu-un-women-project/')).toBeUndefined();
  });

  it('is ignored when missing, malformed or empty', () => {
    expect(decodeHandoff(null, '/')).toBeUndefined();
    expect(decodeHandoff('{not json', '/')).toBeUndefined();
    expect(decodeHandoff('"a string"', '/')).toBeUndefined();
    expect(decodeHandoff(JSON.stringify({ page: '/', terms: 'CEDAW' }), '/')).toBeUndefined();
    expect(decodeHandoff(JSON.stringify({ page: '/', terms: [1, '', 'x'.repeat(500)] }), '/')).toBeUndefined();
  });

  it('caps what it accepts', () => {
    const many = JSON.stringify({ page: '/', terms: Array.from({ length: 100 }, (_, i) => `w${i}`), query: 'q'.repeat(5000) });
    const decoded = decodeHandoff(many, '/');
    expect(decoded?.terms).toHaveLength(30);
    expect(decoded?.query).toHaveLength(200);
  });
});

describe('termsFromParams', () => {
  it('reads every highlight parameter, split into words', () => {
    expect(termsFromParams(new URLSearchParams('highlight=CEDAW&highlight=New%20York&q=x'))).toEqual(['CEDAW', 'New', 'York']);
    expect(termsFromParams(new URLSearchParams('q=x'))).toEqual([]);
  });
});
