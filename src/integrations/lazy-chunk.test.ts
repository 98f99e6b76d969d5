import { describe, expect, it } from 'vitest';
import { build, type Plugin, type Rolldown } from 'vite';
import { QUOTE_CHUNK_ID, quoteChunkPlugin } from './lazy-chunk.ts';
import { SEARCH_SYNONYMS_ID, searchSynonymsPlugin } from './search-chunk.ts';

const OTHER_MODULES = 40;

/** An entry importing `virtualId` and `OTHER_MODULES` modules besides, each of them importing another. */
function page(virtualId: string): Plugin {
  const modules = new Map<string, string>([
    ['\0entry', `import value from ${JSON.stringify(virtualId)};\n${Array.from({ length: OTHER_MODULES }, (_, at) => `import m${at} from 'virtual:m${at}';`).join('\n')}\nexport default [value, ${Array.from({ length: OTHER_MODULES }, (_, at) => `m${at}`).join(', ')}];`],
    ...Array.from({ length: OTHER_MODULES }, (_, at): [string, string] => [`virtual:m${at}`, `import n from 'virtual:n${at}';\nexport default ['m${at}', n];`]),
    ...Array.from({ length: OTHER_MODULES }, (_, at): [string, string] => [`virtual:n${at}`, `export default 'n${at}';`]),
  ]);
  return {
    name: 'page-modules',
    resolveId: (id) => (id === 'virtual:entry' ? '\0entry' : modules.has(id) ? id : null),
    load: (id) => modules.get(id) ?? null,
  };
}

type Handler = (this: unknown, ...args: unknown[]) => unknown;
type Hook = Handler | { filter?: unknown; handler: Handler };

/** The plugin with its `resolveId` and `load` handlers noting each id they are called with. */
function noting(plugin: Plugin): { plugin: Plugin; calls: { resolveId: string[]; load: string[] } } {
  const calls = { resolveId: [] as string[], load: [] as string[] };
  const wrap = (hook: 'resolveId' | 'load') => {
    const original = plugin[hook] as Hook;
    const { handler, ...options } = typeof original === 'function' ? { handler: original } : original;
    return {
      ...options,
      handler(this: unknown, ...args: unknown[]) {
        calls[hook].push(String(args[0]));
        return handler.apply(this, args);
      },
    };
  };
  return { plugin: { ...plugin, resolveId: wrap('resolveId'), load: wrap('load') } as Plugin, calls };
}

/** The entry chunk of a build with `plugin` first, so that, as in the site's build, nothing before it answers for the other modules. */
async function entryCode(plugin: Plugin, virtualId: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [plugin, page(virtualId)],
    build: { write: false, ssr: true, rolldownOptions: { input: 'virtual:entry' } },
  });
  const [first] = Array.isArray(result) ? result : [result];
  if (first === undefined || !('output' in first)) throw new Error('the build returned no output');
  const entry = first.output.find((file): file is Rolldown.OutputChunk => file.type === 'chunk' && file.isEntry);
  if (entry === undefined) throw new Error('the build wrote no entry chunk');
  return entry.code;
}

describe('virtual modules of the lazy chunks and the search synonyms', () => {
  it('are asked for by Rolldown only for their own id, not for the other modules of the bundle', async () => {
    const { plugin, calls } = noting(quoteChunkPlugin());
    const code = await entryCode(plugin, QUOTE_CHUNK_ID);
    expect(code).toContain(`"n${OTHER_MODULES - 1}"`);
    expect(calls.resolveId).toEqual([QUOTE_CHUNK_ID]);
    expect(calls.load).toEqual([`\0${QUOTE_CHUNK_ID}`]);
  });

  it('still serve their module: the synonym groups, as the search chunk imports them', async () => {
    const { plugin, calls } = noting(searchSynonymsPlugin([{ acronyms: ['gmg'], printed: ['GMG'], names: ['global migration group'] }]));
    const code = await entryCode(plugin, SEARCH_SYNONYMS_ID);
    expect(code).toContain('global migration group');
    expect(calls.load).toEqual([`\0${SEARCH_SYNONYMS_ID}`]);
  });
});
