import { withBase } from '../../lib/paths.ts';
import { bareWord, mergeSearches, passageResults, rankResults, type PageData, type PassageResult } from './passages.ts';

export interface PagefindResult {
  /** The page's fragment hash: the same page found by two searches has the same id. */
  id: string;
  /** Pagefind's relevance, comparable within one search only. */
  score: number;
  data(): Promise<PageData>;
}

/** A page found by one or more searches, with its best score among them (each search's best being 1). */
export interface FoundPage {
  score: number;
  hits: { result: PagefindResult; searched: number }[];
}

interface PagefindResponse {
  results: (PagefindResult & { words?: number[]; matchedMetaFields?: string[] })[];
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

/** Distinct words of a search, as the passages' `coverage` counts them. */
export function searchedWords(search: string): number {
  return new Set(search.split(' ').map((word) => bareWord(word).toLowerCase()).filter(Boolean)).size || 1;
}

/**
 * The pages several searches found, best first: each search's scores are scaled by its best page's,
 * so the pages a rewritten query finds rank among the reader's own; on a tie the earlier search
 * (the reader's) comes first. One search keeps Pagefind's order.
 */
export function mergeFound(searches: { results: PagefindResult[]; searched: number }[]): FoundPage[] {
  const pages = new Map<string, FoundPage>();
  for (const { results, searched } of searches) {
    const top = results[0]?.score || 1;
    for (const result of results) {
      const page = pages.get(result.id) ?? { score: 0, hits: [] };
      page.score = Math.max(page.score, result.score / top);
      page.hits.push({ result, searched });
      pages.set(result.id, page);
    }
  }
  return [...pages.values()].sort((a, b) => b.score - a.score);
}

/**
 * A page's passage results over every search that found it. Pagefind keeps one object per
 * fragment and overwrites its matched words on every `data()`, so the searches are read one after
 * the other, each as soon as it arrives.
 */
async function readPage(page: FoundPage): Promise<PassageResult[]> {
  const searches: PassageResult[][] = [];
  for (const { result, searched } of page.hits) searches.push(passageResults(await result.data(), searched));
  return searches.length === 1 ? (searches[0] as PassageResult[]) : mergeSearches(searches);
}

/**
 * Reads page results in Pagefind's ranking only until `limit` passage results are in hand: a
 * report of a thousand sections must not fetch a thousand fragments for one common word. Every
 * page holds at least one matching passage, so the first round of `limit` pages (fetched
 * together) is almost always the only one.
 */
export async function readPages(
  found: FoundPage[],
  limit: number,
  stale: () => boolean = () => false,
): Promise<{ pages: PassageResult[][]; complete: boolean }> {
  const pages: PassageResult[][] = [];
  let count = 0;
  for (let start = 0; start < found.length && count < limit; start += limit) {
    // A query the reader has already typed past is not worth its fragments.
    if (stale()) return { pages, complete: false };
    const batch = await Promise.all(found.slice(start, start + limit).map(readPage));
    for (const results of batch) {
      pages.push(results);
      count += results.length;
    }
  }
  return { pages, complete: pages.length === found.length };
}

/**
 * Searches the report and returns passage-level results, best first. `searches` are the reader's
 * query and its rewrites (`querySearches`), merged; `filter` is Pagefind's filter name (`section`,
 * or `part` in a long report) and `value` the chosen one, '' for everything; once `stale()` says a
 * newer query has replaced this one, no more fragments are fetched.
 */
export async function searchPassages(
  searches: string[],
  value: string,
  limit: number,
  filter = 'section',
  stale: () => boolean = () => false,
): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const options = value === '' ? {} : { filters: { [filter]: value } };
  const responses = [];
  for (const search of searches) {
    const response = await pagefind.search(search, options);
    responses.push({ results: response?.results ?? [], searched: searchedWords(search) });
  }
  const found = mergeFound(responses);
  const { pages, complete } = await readPages(found, limit, stale);
  const results = rankResults(pages);
  return { results, sections: complete ? new Set(results.map((result) => result.page)).size : found.length, complete };
}

/**
 * Whether a word alone finds anything in the report's text, as Pagefind matches it (stems and
 * prefixes included). Pagefind also answers a word that only its metadata search matched ("bodeis"
 * finds the page titled "B. ..."), pointing at the page's first word: that is not a match.
 */
export async function wordMatches(word: string): Promise<boolean> {
  const response = await (await loadPagefind()).search(word);
  return (response?.results ?? []).some(
    (result) => !(result.matchedMetaFields?.length && result.words?.length === 1 && result.words[0] === 0),
  );
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
