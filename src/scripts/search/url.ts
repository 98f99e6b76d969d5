/** Kept in the address bar of the search page; enough for any real query. */
export const MAX_QUERY_IN_URL = 200;

/** Marks a search for the words as typed, which the search never corrects (`?q=Moldava&as-typed`). */
export const AS_TYPED_PARAM = 'as-typed';

/**
 * The search page's address for a query and section filter, e.g. `/search/?q=CEDAW&section=…`,
 * so a search can be shared and Back returns to it. Other parameters are dropped.
 */
export function searchPageUrl(current: string, query: string, section: string, asTyped = false): string {
  const url = new URL(current);
  url.search = '';
  url.hash = '';
  const kept = Array.from(query.trim()).slice(0, MAX_QUERY_IN_URL).join('');
  if (kept !== '') url.searchParams.set('q', kept);
  if (section !== '') url.searchParams.set('section', section);
  if (asTyped && kept !== '') url.searchParams.set(AS_TYPED_PARAM, '');
  return url.href;
}
