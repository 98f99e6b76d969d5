import type { Plugin } from 'vite';
import type { SynonymGroup } from '../lib/search-synonyms.ts';
import { lazyChunkPlugin, virtualModuleHooks } from './lazy-chunk.ts';

/** Import this to get the address of the search UI's chunk (`src/scripts/search/lazy.ts`). */
export const SEARCH_CHUNK_ID = 'virtual:un15cm/search-chunk-url';

/** Builds the search UI as its own chunk, fetched by address by the header's loader (see `lazy-chunk.ts`). */
export const searchChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: SEARCH_CHUNK_ID, entry: new URL('../scripts/search/lazy.ts', import.meta.url), name: 'search' });

/** Import this to get the address of the highlighter (`src/scripts/search/arrival.ts`), fetched on a search result's page. */
export const HIGHLIGHT_CHUNK_ID = 'virtual:un15cm/highlight-chunk-url';

export const highlightChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: HIGHLIGHT_CHUNK_ID, entry: new URL('../scripts/search/arrival.ts', import.meta.url), name: 'highlight' });

/** Import this to get the address of the did-you-mean code (`src/scripts/search/spelling.ts`), fetched by the search chunk. */
export const SPELLING_CHUNK_ID = 'virtual:un15cm/spelling-chunk-url';

export const spellingChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: SPELLING_CHUNK_ID, entry: new URL('../scripts/search/spelling.ts', import.meta.url), name: 'spelling' });

/** Import this to get the glossary's acronyms and names the search rewrites queries with (`src/scripts/search/synonyms.ts`). */
export const SEARCH_SYNONYMS_ID = 'virtual:un15cm/search-synonyms';

/** Serves `groups`, taken from the glossary when the site is configured, to the search chunk. */
export function searchSynonymsPlugin(groups: SynonymGroup[]): Plugin {
  return {
    name: 'un15cm-search-synonyms',
    ...virtualModuleHooks(SEARCH_SYNONYMS_ID, () => `export default ${JSON.stringify(groups)};`),
  };
}
