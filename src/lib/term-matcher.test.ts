import { describe, expect, it } from 'vitest';
import { acronymTokens, createMatcher, isCovered, printedCapitals } from './term-matcher.ts';

const texts = (matches: { text: string }[]) => matches.map((match) => match.text);

describe('createMatcher', () => {
  const find = createMatcher([
    { text: 'UN', id: 'un' },
    { text: 'UN Women', id: 'un-women' },
    { text: 'CSW', id: 'csw' },
    { text: 'CSW61', id: 'csw' },
    { text: 'Goal 8', id: 'goal-8' },
    { text: 'Target 8.8', id: 'target-8-8' },
    { text: 'side event', id: 'side-events' },
  ]);

  it('prefers the longest wording where wordings overlap', () => {
    expect(find("UN Women's work in the UN system").map((match) => [match.text, match.id])).toEqual([
      ['UN Women', 'un-women'],
      ['UN', 'un'],
    ]);
    expect(texts(find('the Commission on the Status of Women (CSW61); CSW members'))).toEqual(['CSW61', 'CSW']);
  });

  it('matches whole words only, case-sensitively', () => {
    expect(find('UNESCO, un, Unity, GUN')).toEqual([]);
    expect(texts(find('GMG-led, UN/POP, (UN)'))).toEqual(['UN', 'UN']);
  });

  it('tells numbered goals and targets apart', () => {
    expect(texts(find('Goal 8 on work, Target 8.8 on labour rights, Goal 80, Target 8.81'))).toEqual(['Goal 8', 'Target 8.8']);
    expect(texts(find('and Target 8.8.'))).toEqual(['Target 8.8']);
  });

  it('lets a plural "s" follow without taking it into the match', () => {
    expect(find('two side events')).toEqual([{ start: 4, end: 14, text: 'side event', id: 'side-events' }]);
  });

  it('finds nothing when given no wordings', () => {
    expect(createMatcher([])('GMG')).toEqual([]);
  });
});

describe('acronymTokens', () => {
  it('finds tokens of capitals and digits with at least two capitals', () => {
    expect(texts(acronymTokens("UN Women's GMG-led CSW61, the CMW's 15CM and NGOs in 2017 A I"))).toEqual([
      'UN',
      'GMG',
      'CSW61',
      'CMW',
      '15CM',
      'NGO',
    ]);
  });

  it('ignores capitalised words and mixed-case names', () => {
    expect(acronymTokens('Karen AbuZayd of the Philippines, Member States, McDonald')).toEqual([]);
  });
});

describe('printedCapitals', () => {
  it('finds runs of three or more words in capitals', () => {
    const text = 'FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION';
    expect(printedCapitals(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('lets numbers and hyphenated words continue a run', () => {
    const text = 'THE MIGRATION-RELATED COMMITMENTS OF THE 2030 AGENDA';
    expect(printedCapitals(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('leaves two acronyms side by side, or acronyms split by punctuation, to the glossary', () => {
    expect(printedCapitals('the EU UN project')).toEqual([]);
    expect(printedCapitals('UN/POP/MIG-15CM/2017/1')).toEqual([]);
    expect(printedCapitals('CMW, CEDAW, CERD')).toEqual([]);
  });
});

describe('isCovered', () => {
  it('is true only when a range lies wholly inside a cover', () => {
    expect(isCovered({ start: 2, end: 4 }, [{ start: 0, end: 4 }])).toBe(true);
    expect(isCovered({ start: 2, end: 5 }, [{ start: 0, end: 4 }])).toBe(false);
  });
});
