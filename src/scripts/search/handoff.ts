/**
 * How the words to highlight travel from a search result to the page it opens: written here, by
 * the search UI, and read by the highlighter (handoff-read.ts). Result links stay plain
 * `page#passage` addresses (the address a reader copies and shares); the words ride along in
 * sessionStorage for the one navigation, and a `?highlight=word` address is honoured as well.
 */

/**
 * Where a result leaves the words to highlight for the page it opens. The loader on every page
 * (search-loader.ts) and the highlighter (handoff-read.ts) spell it out again rather than import
 * it, which would put this module in their files too; a unit test holds the three together.
 */
export const HANDOFF_KEY = 'un15cm:search-highlight';
/** The query shown beside the highlighting is cut to this many characters. */
export const MAX_QUERY_LENGTH = 200;

export interface Handoff {
  /** Path of the page the result opens, base included. */
  page: string;
  /** Words to mark, as printed on that page. */
  terms: string[];
  /** What the reader typed, shown next to the button that clears the highlighting. */
  query: string;
}

export function encodeHandoff(handoff: Handoff): string {
  return JSON.stringify({ ...handoff, query: handoff.query.slice(0, MAX_QUERY_LENGTH) });
}
