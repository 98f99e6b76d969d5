import { fileURLToPath } from 'node:url';
import { exactRegex } from '@rolldown/pluginutils';
import type { Plugin } from 'vite';

/**
 * Builds one script as a chunk of its own and gives its address to whoever imports the virtual
 * module `id`, so a small loader can `import()` it by URL on first use. A plain `import('./x.ts')`
 * would make Vite wrap the call in its module-preload helper, heavier than the loader itself.
 * Used for the search UI (`search-chunk.ts`), the quote links, the citation's buttons and the tooltips.
 *
 * The hooks carry filters (`virtualModuleHooks`), which Rolldown applies before calling into
 * JavaScript: without them, each of these plugins had its `load` called for every module of the
 * bundle, 5,538 times in a build of the 300 parts.
 */
export function lazyChunkPlugin(options: { id: string; entry: URL; name: string }): Plugin {
  const entry = fileURLToPath(options.entry);
  let dev = false;
  let base = '/';
  return {
    name: `un15cm-lazy-chunk:${options.name}`,
    configResolved(config) {
      dev = config.command === 'serve';
      base = config.base;
    },
    ...virtualModuleHooks(options.id, function () {
      if (dev) return `export default ${JSON.stringify(`${base}@fs${entry}`)};`;
      if (this.environment.name !== 'client') return 'export default "";';
      const reference = this.emitFile({ type: 'chunk', id: entry, name: options.name });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    }),
  };
}

/** What `this` is in a `load` hook: the plugin context, with the build's environment and `emitFile`. */
type LoadContext = ThisParameterType<Extract<Plugin['load'], { handler: unknown }>['handler']>;

/**
 * The `resolveId` and `load` hooks of a virtual module `id`, each filtered to its one id, so that
 * Rolldown calls them only for that module and not for every other one in the bundle.
 */
export function virtualModuleHooks(id: string, load: (this: LoadContext) => string): Pick<Plugin, 'resolveId' | 'load'> {
  const resolved = `\0${id}`;
  return {
    resolveId: { filter: { id: exactRegex(id) }, handler: () => resolved },
    load: { filter: { id: exactRegex(resolved) }, handler: load },
  };
}

/** Import this to get the address of the quote-link code (`src/scripts/quote/lazy.ts`). */
export const QUOTE_CHUNK_ID = 'virtual:un15cm/quote-chunk-url';

export const quoteChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: QUOTE_CHUNK_ID, entry: new URL('../scripts/quote/lazy.ts', import.meta.url), name: 'quote' });

/** Import this to get the address of the citation's code (`src/scripts/citation.ts`). */
export const CITATION_CHUNK_ID = 'virtual:un15cm/citation-chunk-url';

export const citationChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: CITATION_CHUNK_ID, entry: new URL('../scripts/citation.ts', import.meta.url), name: 'citation' });

/** Import this to get the address of the tooltips' code (`src/scripts/term-tips.ts`). */
export const TERM_TIPS_CHUNK_ID = 'virtual:un15cm/term-tips-chunk-url';

export const termTipsChunkPlugin = (): Plugin =>
  lazyChunkPlugin({ id: TERM_TIPS_CHUNK_ID, entry: new URL('../scripts/term-tips.ts', import.meta.url), name: 'term-tips' });
