/** Kept in the address bar of the search page; enough for any real query. */
export const MAX_QUERY_IN_URL = 200;

/**
 * The search page's address for a query and section filter, e.g. `/search/?q=CEDAW&section=…`,
 * so a search can be shared and Back returns to it. Other parameters are dropped.
 */
export function searchPageUrl(current: string, query: string, section: string): string {
  const url = new URL(current);
  url.search = '';
  url.hash = '';
  const kept = Array.from(query.trim()).slice(0, MAX_QUERY_IN_URL).join('');
  if (kept !== '') url.searchParams.set('q', kept);
  if (section !== '') url.searchParams.set('section', section);
  return url.href;
}
