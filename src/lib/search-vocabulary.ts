/**
 * The report's own words with how often each occurs, for the search's did-you-mean
 * (`src/scripts/search/spelling.ts`). Built from the text Pagefind indexed, so it holds exactly the
 * words a search can find, and written beside the index (`pagefind/vocabulary.json`). The search
 * fetches it only when a query word matches nothing.
 */

/** What `vocabulary.json` holds: words as most often printed, most frequent first, and their counts. */
export interface Vocabulary {
  words: string[];
  counts: number[];
}

/** Where the search UI fetches the vocabulary, relative to the site's base. */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';

// A run of letters and digits; words are split at hyphens, apostrophes and other punctuation, as a
// reader's query words are (`src/scripts/search/spelling.ts`).
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const DIGIT = /\p{N}/u;
/**
 * The search corrects words of five letters or more, by one edit below nine letters, so no shorter
 * word is ever a correction (`SHORTEST_CORRECTED` in src/scripts/search/spelling.ts).
 */
export const MIN_WORD_LENGTH = 4;

/**
 * Counts the words of the texts: case-insensitively, each spelt as it is most often printed
 * ("Moldova", "labour"). Numbers and words with digits ("CSW61", "64th") are left out: a number
 * is right or wrong, never misspelt.
 */
export function buildVocabulary(texts: Iterable<string>): Vocabulary {
  const entries = new Map<string, { count: number; forms: Map<string, number> }>();
  for (const text of texts) {
    for (const [token] of text.normalize('NFC').matchAll(TOKEN)) {
      if (DIGIT.test(token) || Array.from(token).length < MIN_WORD_LENGTH) continue;
      const key = token.toLowerCase();
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = { count: 0, forms: new Map() }));
      entry.count += 1;
      entry.forms.set(token, (entry.forms.get(token) ?? 0) + 1);
    }
  }
  const sorted = [...entries.entries()]
    .map(([key, { count, forms }]) => ({ key, count, word: mostFrequent(forms) }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { words: sorted.map((entry) => entry.word), counts: sorted.map((entry) => entry.count) };
}

/** The form printed most often; on a tie the one with fewer capitals ("Women" over "WOMEN"), whatever the order read. */
function mostFrequent(forms: Map<string, number>): string {
  let best = '';
  let bestCount = 0;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && form > best)) [best, bestCount] = [form, count];
  }
  return best;
}
