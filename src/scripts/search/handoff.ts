/**
 * How the words to highlight travel from a search result to the page it opens. Result links stay
 * plain `page#passage` addresses (the address a reader copies and shares); the words ride along in
 * sessionStorage for the one navigation, and a `?highlight=word` address is honoured as well.
 */

/** Where a result leaves the words to highlight for the page it opens (also read by search-loader.ts). */
export const HANDOFF_KEY = 'un15cm:search-highlight';
/** Enough for any real query; a stored value beyond this is ignored as tampered or stale. */
const MAX_TERMS = 30;
const MAX_TERM_LENGTH = 40;

export interface Handoff {
  /** Path of the page the result opens, base included. */
  page: string;
  /** Words to mark, as printed on that page. */
  terms: string[];
  /** What the reader typed, shown next to the button that clears the highlighting. */
  query: string;
}

function cleanTerms(values: unknown[]): string[] {
  return values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_TERMS);
}

export function encodeHandoff(handoff: Handoff): string {
  return JSON.stringify({ ...handoff, query: handoff.query.slice(0, 200) });
}

/** The handoff meant for `page`, or undefined when there is none, it is for another page, or it is malformed. */
export function decodeHandoff(stored: string | null, page: string): Handoff | undefined {
  if (stored === null) return undefined;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return undefined;
    const { page: storedPage, terms, query } = value as Record<string, unknown>;
    if (storedPage !== page || !Array.isArray(terms)) return undefined;
    const clean = cleanTerms(terms);
    if (clean.length === 0) return undefined;
    return { page, terms: clean, query: typeof query === 'string' ? query.slice(0, 200) : clean.join(' ') };
  } catch {
    return undefined;
  }
}

/** Words from `?highlight=a&highlight=b c` (Pagefind's convention), for addresses made by hand. */
export function termsFromParams(params: URLSearchParams): string[] {
  return cleanTerms(params.getAll('highlight').flatMap((value) => value.split(/\s+/)));
}
