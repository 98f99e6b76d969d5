import { describe, expect, it } from 'vitest';
import { MAX_WORDS, prepareQuery } from './query.ts';

describe('prepareQuery', () => {
  it('passes ordinary words, numbers and phrases through', () => {
    expect(prepareQuery('  CEDAW  ')).toEqual({ kind: 'ok', search: 'CEDAW', truncated: false });
    expect(prepareQuery('10.7').search).toBe('10.7');
    expect(prepareQuery('"global compact" Moldova').search).toBe('"global compact" Moldova');
    expect(prepareQuery('UN/POP/MIG-15CM/2017/1').search).toBe('UN/POP/MIG-15CM/2017/1');
  });

  it('tells white space apart from text that has no words', () => {
    expect(prepareQuery('     ').kind).toBe('blank');
    expect(prepareQuery('').kind).toBe('blank');
    expect(prepareQuery('!!! ?? ...').kind).toBe('no-words');
    expect(prepareQuery('🙂🙂 👩🏽‍⚖️').kind).toBe('no-words');
  });

  it('drops emoji and symbols inside otherwise searchable text', () => {
    expect(prepareQuery('CEDAW 🙂 Moldova👍').search).toBe('CEDAW Moldova');
  });

  it('reduces markup to the plain words in it', () => {
    expect(prepareQuery('<script>alert(1)</script>')).toMatchObject({ kind: 'ok', search: 'script alert(1) /script' });
    expect(prepareQuery('<b>').search).toBe('b');
  });

  it('caps very long input and says so', () => {
    const huge = prepareQuery('a'.repeat(10_000));
    expect(huge).toEqual({ kind: 'too-long', search: '', truncated: false });
    const many = prepareQuery('migration '.repeat(1000));
    expect(many.kind).toBe('ok');
    expect(many.truncated).toBe(true);
    expect(many.search.split(' ')).toHaveLength(MAX_WORDS);
  });

  it('turns control characters into separators', () => {
    expect(prepareQuery('CEDAW\u0000Moldova\u200bMexico').search).toBe('CEDAW Moldova Mexico');
  });
});
