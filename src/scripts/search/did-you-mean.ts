import spellingChunk from 'virtual:un15cm/spelling-chunk-url';
import { VOCABULARY_FILE } from '../../lib/search-vocabulary.ts';
import { withBase } from '../../lib/paths.ts';
import { wordMatches } from './pagefind.ts';
import { element } from './panel.ts';
import { bareWord } from './passages.ts';
import type { Correction } from './spelling.ts';

type SpellingChunk = typeof import('./spelling.ts');

// Only words the search may correct (spelling.ts: letters only, five or more) are checked.
const WORD = /^[\p{L}\p{M}]{5,}$/u;

/**
 * The query's words (of five letters or more, no digits) that find nothing in the report on their
 * own. Pagefind leaves such a word out and answers for the others ("labor rights" finds "rights"),
 * so an empty answer cannot tell; asking the loaded index word by word fetches nothing.
 */
export async function unmatchedWords(search: string): Promise<Set<string>> {
  const unmatched = new Set<string>();
  for (const token of search.split(' ')) {
    const word = bareWord(token).toLowerCase();
    if (WORD.test(word) && !unmatched.has(word) && !(await wordMatches(word))) unmatched.add(word);
  }
  return unmatched;
}

/**
 * The query with its `unmatched` words corrected, or undefined. The correction code and the
 * vocabulary are fetched here, the first time a query word matches nothing: a search whose words
 * all match fetches neither.
 */
export async function correct(search: string, unmatched: Set<string>): Promise<Correction | undefined> {
  const spelling = (await import(/* @vite-ignore */ spellingChunk)) as SpellingChunk;
  return spelling.correct(search, async (word) => !unmatched.has(word.toLowerCase()), withBase(VOCABULARY_FILE));
}

/**
 * "Showing results for **Moldova**. Search for *Moldava* instead?": `typed` is what the reader
 * typed, which the link searches for as typed.
 */
export function showCorrection(line: HTMLElement, correction: Correction | undefined, shown: string, typed: { text: string; href: string }): void {
  line.hidden = correction === undefined;
  if (!correction) {
    line.replaceChildren();
    return;
  }
  const link = element('a', { href: typed.href, 'data-search-as-typed': '' }, element('em', {}, typed.text));
  line.replaceChildren('Showing results for ', element('strong', {}, shown), '. Search for ', link, ' instead?');
}
