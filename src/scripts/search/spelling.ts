/**
 * Did-you-mean, done for the reader: a query word that matches nothing in the report is replaced
 * by the closest word of the report's own vocabulary (`src/lib/search-vocabulary.ts`, written at
 * build time). This is a chunk of its own (`src/integrations/search-chunk.ts`), fetched with the
 * vocabulary only when a query word matches nothing, so it imports no module the search chunk
 * has (that would split it into a third file every search fetches). Nothing here touches the DOM.
 */
import type { Vocabulary } from '../../lib/search-vocabulary.ts';

/**
 * Shorter words are never corrected: one edit turns most of them into another word ("img" into
 * "GMG"). The vocabulary keeps words one letter shorter (`MIN_WORD_LENGTH` in
 * src/lib/search-vocabulary.ts; a unit test holds them together), all a correction can reach.
 */
export const SHORTEST_CORRECTED = 5;

/**
 * Edits allowed, as Meilisearch allows typos by default: none under five letters, one up to eight
 * ("labor", "Moldava"), two from nine ("xenofobia").
 */
export function maxEdits(word: string): number {
  const length = Array.from(word).length;
  if (length < SHORTEST_CORRECTED) return 0;
  return length < 9 ? 1 : 2;
}

/**
 * Damerau-Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and transpositions of two neighbouring letters each count as one edit ("Mexcio"
 * is one edit from "Mexico"), no substring edited twice. Past `max` it stops and returns `max + 1`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) value = Math.min(value, (before[j - 2] as number) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[t.length] as number, max + 1);
}

/**
 * The vocabulary's word closest to `word`, within `maxEdits(word)`: the fewest edits first, then
 * the word printed more often in the report (the vocabulary is ordered by frequency), so "labor"
 * gives "labour" and not a rarer word one edit away. Undefined when nothing is close enough.
 */
export function closestWord(word: string, vocabulary: Vocabulary, lowerCased = vocabulary.words.map((w) => w.toLowerCase())): string | undefined {
  const wanted = word.toLowerCase();
  let limit = maxEdits(wanted);
  let best: string | undefined;
  for (let index = 0; index < lowerCased.length && limit >= 0; index += 1) {
    const candidate = lowerCased[index] as string;
    if (candidate === wanted) return vocabulary.words[index];
    const distance = editDistance(wanted, candidate, limit);
    if (distance > limit) continue;
    best = vocabulary.words[index];
    // Only a strictly closer word, found later (so rarer), may replace this one.
    limit = distance - 1;
  }
  return best;
}

/** A query with its misspelt words replaced; `replaced` pairs what was typed with what replaced it. */
export interface Correction {
  search: string;
  replaced: [typed: string, word: string][];
}

/** A word of letters only, with the punctuation typed around it: `"Moldava,`. Numbers are never corrected. */
const CORRECTABLE = /^([^\p{L}\p{M}\p{N}]*)([\p{L}\p{M}]+)([^\p{L}\p{M}\p{N}]*)$/u;

/**
 * Corrects the words of `search` that match nothing (`matches` asks the index, word by word):
 * words that match something are never touched, and numbers never. Undefined when no word could be
 * corrected. `vocabulary` is asked for only when some word needs it.
 */
export async function correctQuery(
  search: string,
  matches: (word: string) => Promise<boolean>,
  vocabulary: () => Promise<{ vocabulary: Vocabulary; lowerCased: string[] }>,
): Promise<Correction | undefined> {
  const tokens = search.split(' ');
  const unmatched: number[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = CORRECTABLE.exec(token)?.[2];
    if (word !== undefined && maxEdits(word) > 0 && !(await matches(word))) unmatched.push(index);
  }
  if (unmatched.length === 0) return undefined;
  const { vocabulary: words, lowerCased } = await vocabulary();
  const replaced: Correction['replaced'] = [];
  for (const index of unmatched) {
    const [, before = '', typed = '', after = ''] = CORRECTABLE.exec(tokens[index] as string) ?? [];
    const word = closestWord(typed, words, lowerCased);
    if (word === undefined || word.toLowerCase() === typed.toLowerCase()) continue;
    tokens[index] = `${before}${word}${after}`;
    replaced.push([typed, word]);
  }
  return replaced.length === 0 ? undefined : { search: tokens.join(' '), replaced };
}

let loading: Promise<{ vocabulary: Vocabulary; lowerCased: string[] }> | undefined;
let arrivedAt = 0;

/** Fetches the report's vocabulary once, the first time a query word matches nothing. */
function loadVocabulary(url: string): Promise<{ vocabulary: Vocabulary; lowerCased: string[] }> {
  loading ??= fetch(url)
    .then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      arrivedAt = performance.now();
      return response.json() as Promise<Vocabulary>;
    })
    .then((vocabulary) => ({ vocabulary, lowerCased: vocabulary.words.map((word) => word.toLowerCase()) }))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/** What `npm run bench` reads: the time from the vocabulary's arrival to the corrected query. */
export const CORRECTION_MEASURE = 'un15cm:search-correction';

/**
 * `correctQuery` with the vocabulary at `url` fetched on demand, measuring (`CORRECTION_MEASURE`)
 * the time from its arrival, or from asking for it when it is already here, to the answer.
 */
export async function correct(search: string, matches: (word: string) => Promise<boolean>, url: string): Promise<Correction | undefined> {
  let asked = 0;
  const correction = await correctQuery(search, matches, () => {
    asked = performance.now();
    return loadVocabulary(url);
  });
  if (asked > 0) performance.measure(CORRECTION_MEASURE, { start: Math.max(asked, arrivedAt) });
  return correction;
}
