import spellingChunk from 'virtual:un15cm/spelling-chunk-url';
import { VOCABULARY_FILE } from '../../lib/search-vocabulary.ts';
import { withBase } from '../../lib/paths.ts';
import { wordMatches } from './pagefind.ts';
import { element } from './panel.ts';
import type { Correction } from './spelling.ts';

type SpellingChunk = typeof import('./spelling.ts');

/**
 * The query with its misspelt words corrected, or undefined. The correction code and the
 * vocabulary are fetched here, the first time a query finds nothing: a search that finds
 * something fetches neither.
 */
export async function correct(search: string): Promise<Correction | undefined> {
  const spelling = (await import(/* @vite-ignore */ spellingChunk)) as SpellingChunk;
  return spelling.correct(search, wordMatches, withBase(VOCABULARY_FILE));
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
