/**
 * The handoff read on the page a search result opened (see handoff.ts, which writes it): part of
 * the highlighter's chunk, so it imports nothing at run time from the search UI's modules.
 */
import type { Handoff } from './handoff.ts';

/** handoff.ts's `HANDOFF_KEY`, spelt out again (a unit test holds them together). */
export const HANDOFF_KEY = 'un15cm:search-highlight';
/** Enough for any real query; a stored value beyond this is ignored as tampered or stale. */
const MAX_TERMS = 30;
const MAX_TERM_LENGTH = 40;
/** handoff.ts's `MAX_QUERY_LENGTH`. */
const MAX_QUERY_LENGTH = 200;

function cleanTerms(values: unknown[]): string[] {
  return values
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .filter((value) => value !== '' && value.length <= MAX_TERM_LENGTH)
    .slice(0, MAX_TERMS);
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
    return { page, terms: clean, query: typeof query === 'string' ? query.slice(0, MAX_QUERY_LENGTH) : clean.join(' ') };
  } catch {
    return undefined;
  }
}

/** Words from `?highlight=a&highlight=b c` (Pagefind's convention), for addresses made by hand. */
export function termsFromParams(params: URLSearchParams): string[] {
  return cleanTerms(params.getAll('highlight').flatMap((value) => value.split(/\s+/)));
}
