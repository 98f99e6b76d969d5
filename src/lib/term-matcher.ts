/**
 * Finding the report's wordings in plain text. Shared by the remark plugins, which mark the text,
 * and by the reference index behind the glossary and SDG pages, so that both see the same matches.
 */

/** One wording to look for and what it belongs to (a glossary entry or an SDG goal or target). */
export interface Wording {
  text: string;
  id: string;
}

export interface Match {
  start: number;
  end: number;
  text: string;
  id: string;
}

const LETTER_OR_DIGIT = '[\\p{L}\\p{N}]';
/** A wording must not continue into a longer word or number; a plural "s" is allowed ("NGOs", "side events"). */
const END = `(?=s?(?!${LETTER_OR_DIGIT}|[.,]\\p{N}))`;
const START = `(?<!${LETTER_OR_DIGIT})`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A finder for whole-word, case-sensitive occurrences of the given wordings. Where wordings
 * overlap the longest wins ("UN Women" over "UN", "CSW61" over "CSW").
 */
export function createMatcher(wordings: Wording[]): (text: string) => Match[] {
  const owner = new Map(wordings.map((wording) => [wording.text, wording.id]));
  if (owner.size === 0) return () => [];
  const alternatives = [...owner.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape);
  const pattern = new RegExp(`${START}(?:${alternatives.join('|')})${END}`, 'gu');
  return (text) =>
    [...text.matchAll(pattern)].map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      id: owner.get(match[0]) ?? '',
    }));
}

/** A token of capitals and digits with at least two capitals: GMG, CSW61, 15CM, EU (the "s" of NGOs aside). */
const ACRONYM = new RegExp(`${START}(?=(?:\\p{N}*\\p{Lu}){2})[\\p{Lu}\\p{N}]+${END}`, 'gu');

/** Everything in the text that looks like an acronym. */
export function acronymTokens(text: string): Match[] {
  return [...text.matchAll(ACRONYM)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    id: '',
  }));
}

/** A word set in capitals, hyphenated parts included ("MIGRATION-RELATED", "A", "2030" does not count). */
const CAPITALS_WORD = new RegExp(`${START}[\\p{Lu}\\p{N}]*\\p{Lu}[\\p{Lu}\\p{N}]*(?:[-'’][\\p{Lu}\\p{N}]+)*(?!${LETTER_OR_DIGIT})`, 'gu');

/** How many capitalised words in a row make a heading set in capitals rather than a string of acronyms. */
export const PRINTED_CAPITALS_MIN_WORDS = 3;

/**
 * The stretches of text printed in capitals: runs of at least three words in capitals separated
 * only by spaces (and numbers, as in "OF THE 2030 AGENDA"), like the title page's "FIFTEENTH COORDINATION MEETING ON INTERNATIONAL MIGRATION".
 * Acronyms inside them are part of a heading set in capitals and need no glossary entry.
 */
export function printedCapitals(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number; words: number }[] = [];
  for (const match of text.matchAll(CAPITALS_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const last = runs.at(-1);
    if (last !== undefined && /^(?:\s+\p{N}+)*\s+$/u.test(text.slice(last.end, start))) {
      last.end = end;
      last.words += 1;
    } else {
      runs.push({ start, end, words: 1 });
    }
  }
  return runs.filter((run) => run.words >= PRINTED_CAPITALS_MIN_WORDS).map(({ start, end }) => ({ start, end }));
}

/** Whether [start, end) lies inside one of the ranges. */
export function isCovered(range: { start: number; end: number }, by: { start: number; end: number }[]): boolean {
  return by.some((cover) => cover.start <= range.start && range.end <= cover.end);
}
