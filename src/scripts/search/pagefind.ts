import { withBase } from '../../lib/paths.ts';
import { passageResults, rankResults, type PageData, type PassageResult } from './passages.ts';

export interface PagefindResult {
  data(): Promise<PageData>;
}

interface PagefindResponse {
  results: PagefindResult[];
}

/** The part of Pagefind's JS API (`pagefind.js`) the site uses. */
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

/** Loads Pagefind once, from the deployed bundle under the site's base. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const api = (await import(/* @vite-ignore */ withBase('pagefind/pagefind.js'))) as PagefindApi;
    // No web worker: it would be one more file to fetch, and this index searches in a few milliseconds.
    await api.options({ baseUrl: withBase(''), noWorker: true });
    await api.init();
    return api;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

export interface SearchOutcome {
  results: PassageResult[];
  /** How many section pages hold matches. */
  sections: number;
  /** False when only the best-ranked pages were read, enough to fill `limit` results. */
  complete: boolean;
}

/**
 * Reads page results in Pagefind's ranking only until `limit` passage results are in hand: a
 * report of a thousand sections must not fetch a thousand fragments for one common word. Every
 * page holds at least one matching passage, so the first round of `limit` pages (fetched
 * together) is almost always the only one.
 */
export async function readPages(
  found: PagefindResult[],
  limit: number,
  stale: () => boolean = () => false,
): Promise<{ pages: PassageResult[][]; complete: boolean }> {
  const pages: PassageResult[][] = [];
  let count = 0;
  for (let start = 0; start < found.length && count < limit; start += limit) {
    // A query the reader has already typed past is not worth its fragments.
    if (stale()) return { pages, complete: false };
    const batch = await Promise.all(found.slice(start, start + limit).map((result) => result.data()));
    for (const page of batch) {
      const results = passageResults(page);
      pages.push(results);
      count += results.length;
    }
  }
  return { pages, complete: pages.length === found.length };
}

/**
 * Searches the report and returns passage-level results, best first; `filter` is Pagefind's filter
 * name (`section`, or `part` in a long report) and `value` the chosen one, '' for everything;
 * once `stale()` says a newer query has replaced this one, no more fragments are fetched.
 */
export async function searchPassages(
  search: string,
  value: string,
  limit: number,
  filter = 'section',
  stale: () => boolean = () => false,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(search, value === '' ? {} : { filters: { [filter]: value } });
  const found = response?.results ?? [];
  const { pages, complete } = await readPages(found, limit, stale);
  const results = rankResults(pages);
  return { results, sections: complete ? new Set(results.map((result) => result.page)).size : found.length, complete };
}

/**
 * The filter Pagefind indexed and its values, unordered: `section` in a short report, `part`
 * (top-level parts only) in a long one (see `searchFilterValue` in src/lib/contents.ts).
 */
export async function indexedFilter(): Promise<{ name: 'section' | 'part'; values: string[] }> {
  const filters = await (await loadPagefind()).filters();
  const name = filters['part'] === undefined ? 'section' : 'part';
  return { name, values: Object.keys(filters[name] ?? {}) };
}
