import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Import this to get the address of the search UI's chunk (`src/scripts/search/lazy.ts`). */
export const SEARCH_CHUNK_ID = 'virtual:un15cm/search-chunk-url';
const RESOLVED = `\0${SEARCH_CHUNK_ID}`;
const ENTRY = fileURLToPath(new URL('../scripts/search/lazy.ts', import.meta.url));

/**
 * Builds the search UI as its own chunk and hands the loader its address, so the loader can
 * `import()` it by URL. A plain `import('./lazy.ts')` would make Vite wrap the call in its
 * module-preload helper, which would weigh more than the rest of the loader on every page.
 */
export function searchChunkPlugin(): Plugin {
  let dev = false;
  let base = '/';
  return {
    name: 'un15cm-search-chunk',
    configResolved(config) {
      dev = config.command === 'serve';
      base = config.base;
    },
    resolveId(id) {
      return id === SEARCH_CHUNK_ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (dev) return `export default ${JSON.stringify(`${base}@fs${ENTRY}`)};`;
      if (this.environment.name !== 'client') return 'export default "";';
      const reference = this.emitFile({ type: 'chunk', id: ENTRY, name: 'search' });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
