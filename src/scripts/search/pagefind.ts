import { withBase } from '../../lib/paths.ts';
import { passageResults, rankResults, type PageData, type PassageResult } from './passages.ts';

interface PagefindResult {
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
  /** How many section pages hold the results. */
  sections: number;
}

/** Searches the report and returns passage-level results, best first. */
export async function searchPassages(search: string, section: string): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const response = await pagefind.search(search, section === '' ? {} : { filters: { section } });
  const pages = await Promise.all((response?.results ?? []).map((result) => result.data()));
  const results = rankResults(pages.map(passageResults));
  return { results, sections: new Set(results.map((result) => result.page)).size };
}
