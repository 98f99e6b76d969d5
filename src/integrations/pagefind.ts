import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { minifySync } from 'oxc-minify';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { synonymGroups } from '../lib/search-synonyms.ts';
import { indexedPart, markedForIndexing } from '../lib/pagefind-input.ts';
import { startIndexingThread, type IndexingThread } from '../lib/pagefind-indexing.ts';
import type { IndexingResult } from '../lib/pagefind-worker.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search-vocabulary.ts';
import { builtPages, type BuiltPages, type BuiltSite } from './built-pages.ts';
import { highlightChunkPlugin, searchChunkPlugin, searchSynonymsPlugin, spellingChunkPlugin } from './search-chunk.ts';

/**
 * What the site's own search UI (`src/scripts/search/`) needs from Pagefind's bundle: the JS API,
 * its entry file, the WebAssembly search core of each indexed language (`wasms`, from the entry
 * file), and the index itself. Everything else Pagefind writes (its ready-made UIs and their CSS,
 * the highlight script, the web worker the UI opts out of, the fallback core for unindexed
 * languages) is never requested, so it is not shipped.
 */
export function isShippedPagefindFile(name: string, wasms: string[] = ['en']): boolean {
  return (
    name === 'pagefind.js' ||
    // Ours, not Pagefind's: written beside the index after pruning (see below).
    `pagefind/${name}` === VOCABULARY_FILE ||
    name === 'pagefind-entry.json' ||
    wasms.some((wasm) => name === `wasm.${wasm}.pagefind`) ||
    /\.pf_meta$/.test(name) ||
    name === 'index' ||
    name === 'fragment' ||
    name === 'filter'
  );
}

async function prune(bundleDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string; page_count?: number }>;
  };
  if (Object.values(entry.languages).every((language) => !language.page_count)) fail('indexing', ['no page has data-pagefind-body']);
  const wasms = Object.values(entry.languages).flatMap((language) => (language.wasm ? [language.wasm] : []));
  const removed: string[] = [];
  for (const name of await readdir(bundleDir)) {
    if (isShippedPagefindFile(name, wasms)) continue;
    await rm(join(bundleDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  if (removed.length > 0) logger.info(`not shipped (unused by the site): ${removed.join(', ')}`);
}

/**
 * The text of every page Pagefind indexed, read from the fragments it wrote (gzip, a signature,
 * then JSON with the page's `content`): the words the index holds, extracted by Pagefind itself.
 * Read from disk, not through `getFiles()`, which sends the whole bundle back over Pagefind's pipe
 * (a quarter of a second for 300 pages).
 */
async function indexedTexts(bundleDir: string): Promise<string[]> {
  const dir = join(bundleDir, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const fragments = await Promise.all(names.map((name) => readFile(join(dir, name))));
  return fragments.map((fragment) => (JSON.parse(gunzipSync(fragment).subarray('pagefind_dcd'.length).toString('utf8')) as { content: string }).content);
}

/**
 * Pagefind ships its JS API with whitespace removed but every name spelled out; minified, it is
 * 2.3 kB (gzip) lighter, and it is part of every reader's first search (a budget in `npm run bench`).
 * oxc's minifier (the one Vite's bundler uses) leaves it 0.4 kB smaller than esbuild's did.
 */
async function minifyApi(bundleDir: string): Promise<void> {
  const file = join(bundleDir, 'pagefind.js');
  const { code, errors } = minifySync(file, await readFile(file, 'utf8'), { module: true });
  if (errors.length > 0) fail('minifying pagefind.js', errors.map((error) => error.message));
  await writeFile(file, code);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`[pagefind] ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them, so `astro build`
 * alone produces the search index; only elements marked `data-pagefind-body` are indexed. The pages
 * come from the shared pass (`built-pages.ts`), already read, rather than from Pagefind reading the
 * folder again, and are given to Pagefind on a worker thread as soon as they are read
 * (`pagefind-indexing.ts`), while the checks and open formats run; this integration, last of those,
 * waits for the index and finishes it. It also builds the search UI as a chunk the header's loader
 * fetches by address (`./search-chunk.ts`).
 */
export function pagefindIntegration(options: { glossary: GlossaryEntry[]; pages?: BuiltPages }): AstroIntegration {
  const pages = options.pages ?? builtPages();
  let thread: IndexingThread | undefined;
  let indexing: Promise<IndexingResult> | undefined;
  // Told of a changed site as soon as its pages are read, before the checks and open formats parse them.
  // The thread is sent each page's name and the part of its text Pagefind reads: copying anything more to it costs time.
  const toIndex = (site: BuiltSite) => site.pages.filter(({ html }) => markedForIndexing(html)).map(({ file, html }) => ({ file, html: indexedPart(html) }));
  pages.visit({ start: (site) => void (indexing = (thread ??= startIndexingThread()).index({ pages: toIndex(site), outputPath: join(site.root, 'pagefind') })) });
  return {
    name: 'un15cm-pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchChunkPlugin(), highlightChunkPlugin(), spellingChunkPlugin(), searchSynonymsPlugin(synonymGroups(options.glossary))] } });
      },
      // The thread and Pagefind's process start now, while Vite bundles, so Pagefind is up when the
      // pages are read. Started only once a rebuild's pages were found changed, it added its first
      // page 0.3 s after the pass had read them; a rebuild whose pages are the last build's closes it unused.
      'astro:build:start': () => {
        thread = startIndexingThread();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = await pages.read(dir);
        const bundleDir = join(site.root, 'pagefind');
        if (site.unchanged) {
          thread?.close();
          logger.info(`the pages are the last build's: the search index in ${bundleDir} kept from it`);
          return;
        }
        if (indexing === undefined) fail('indexing', ['the pages changed, but indexing never started']);
        const result = await indexing;
        if ('errors' in result) fail(result.step, result.errors);
        logger.info(`indexed ${result.added} pages into ${bundleDir} (Pagefind took ${Math.round(result.ms)} ms on its own thread)`);
        const vocabulary = buildVocabulary(await indexedTexts(bundleDir));
        await prune(bundleDir, logger);
        await minifyApi(bundleDir);
        // After pruning, which keeps only Pagefind's own files it knows the site uses.
        await writeFile(join(site.root, VOCABULARY_FILE), JSON.stringify(vocabulary));
        logger.info(`vocabulary of ${vocabulary.words.length} words for did-you-mean: ${VOCABULARY_FILE}`);
        const bundle = await readdir(bundleDir, { recursive: true, withFileTypes: true });
        await pages.keep(...bundle.filter((entry) => entry.isFile()).map((entry) => relative(site.root, join(entry.parentPath, entry.name)).split(sep).join('/')));
      },
    },
  };
}
