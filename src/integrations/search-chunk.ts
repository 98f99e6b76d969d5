import type { Plugin } from 'vite';
import { lazyChunkPlugin } from './lazy-chunk.ts';

/** Import this to get the address of the search UI's chunk (`src/scripts/search/lazy.ts`). */
export const SEARCH_CHUNK_ID = 'virtual:un15cm/search-chunk-url';

/** Builds the search UI as its own chunk, fetched by address by the header's loader (see `lazy-chunk.ts`). */
export const searchChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: SEARCH_CHUNK_ID, entry: new URL('../scripts/search/lazy.ts', import.meta.url), name: 'search' });
