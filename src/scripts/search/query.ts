/**
 * Turns whatever is in the search box into something safe and sensible to hand to Pagefind.
 * Nothing here touches the DOM, so it can be unit-tested and reused by the search page and the
 * header alike.
 */

/** More words than this never make a query better on a document this size; the rest are dropped. */
export const MAX_WORDS = 10;
/** The report's longest word (its symbol) has 22 characters; longer "words" are noise or pasted junk. */
export const MAX_WORD_LENGTH = 40;
/** Only this much of a pasted text is looked at, so a 10,000-character paste costs nothing. */
export const MAX_SCANNED = 1000;

export type QueryKind =
  /** Nothing but white space. */
  | 'blank'
  /** Only punctuation, symbols or emoji: nothing Pagefind could match. */
  | 'no-words'
  /** Every word is longer than any word in the report. */
  | 'too-long'
  /** At least one searchable word. */
  | 'ok';

export interface PreparedQuery {
  kind: QueryKind;
  /** What Pagefind is asked for; empty unless `kind` is `ok`. */
  search: string;
  /** True when words were left out because the query was too long. */
  truncated: boolean;
}

const SEARCHABLE = /[\p{L}\p{N}]/u;
// Symbols (emoji, currency, arithmetic, `<` `>`), emoji joiners and variation selectors never occur in the report's words.
const SYMBOLS = /[\p{S}\p{Extended_Pictographic}\u200d\ufe0e\ufe0f]/gu;
// Control and format characters become spaces, so pasted text cannot smuggle in invisible separators.
const CONTROLS = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}]/gu;

export function prepareQuery(raw: string): PreparedQuery {
  const scanned = raw.slice(0, MAX_SCANNED);
  const tokens = scanned.normalize('NFC').replace(CONTROLS, ' ').replace(SYMBOLS, ' ').split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => SEARCHABLE.test(token));
  if (words.length === 0) {
    return { kind: raw.trim() === '' ? 'blank' : 'no-words', search: '', truncated: false };
  }
  const usable = words.filter((word) => word.length <= MAX_WORD_LENGTH);
  if (usable.length === 0) return { kind: 'too-long', search: '', truncated: false };
  const kept = usable.slice(0, MAX_WORDS);
  return {
    kind: 'ok',
    search: kept.join(' '),
    truncated: raw.length > MAX_SCANNED || usable.length > kept.length || usable.length < words.length,
  };
}
