import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { minifySync } from 'oxc-minify';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { synonymGroups } from '../lib/search-synonyms.ts';
import { indexedPart, markedForIndexing } from '../lib/pagefind-input.ts';
import { startIndexingThread, type IndexingThread } from '../lib/pagefind-indexing.ts';
import type { IndexingResult } from '../lib/pagefind-worker.ts';
import { buildVocabulary, VOCABULARY_FILE } from '../lib/search-vocabulary.ts';
import { CACHE_DIR } from '../lib/cache-dir.ts';
import { placeFiles } from '../lib/write-files.ts';
import { builtPages, type BuiltPages, type BuiltSite } from './built-pages.ts';
import { highlightChunkPlugin, searchChunkPlugin, searchSynonymsPlugin, spellingChunkPlugin } from './search-chunk.ts';

/**
 * Pagefind ships its JS API with whitespace removed but every name spelled out; minified, it is
 * 2.3 kB (gzip) lighter, and it is part of every reader's first search (a budget in `npm run bench`).
 * oxc's minifier (the one Vite's bundler uses) leaves it 0.4 kB smaller than esbuild's did.
 */
async function minifiedApi(file: string): Promise<string> {
  const { code, errors } = minifySync(file, await readFile(file, 'utf8'), { module: true });
  if (errors.length > 0) fail('minifying pagefind.js', errors.map((error) => error.message));
  return code;
}

/** Pagefind's bundle, kept between builds: it writes only the files that changed (`pagefind-bundle.ts`). */
const KEPT_BUNDLE_DIR = resolve(CACHE_DIR, 'pagefind');

function fail(step: string, errors: string[]): never {
  throw new Error(`[pagefind] ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them, so `astro build`
 * alone produces the search index; only elements marked `data-pagefind-body` are indexed. The pages
 * come from the shared pass (`built-pages.ts`), already read, rather than from Pagefind reading the
 * folder again, and are given to Pagefind on a worker thread as soon as they are read
 * (`pagefind-indexing.ts`), while the checks and open formats run; this integration, last of those,
 * waits for the index and finishes it. Pagefind writes into a folder of the build cache kept from
 * build to build, where it writes only the files that changed (`pagefind-bundle.ts`), and the
 * bundle's files are linked from there into the output. It also builds the search UI as a chunk
 * the header's loader fetches by address (`./search-chunk.ts`).
 */
export function pagefindIntegration(options: { glossary: GlossaryEntry[]; pages?: BuiltPages }): AstroIntegration {
  const pages = options.pages ?? builtPages();
  let thread: IndexingThread | undefined;
  let indexing: Promise<IndexingResult> | undefined;
  // Told of a changed site as soon as its pages are read, before the checks and open formats parse them.
  // The thread is sent each page's name and the part of its text Pagefind reads: copying anything more to it costs time.
  const toIndex = (site: BuiltSite) => site.pages.filter(({ html }) => markedForIndexing(html)).map(({ file, html }) => ({ file, html: indexedPart(html) }));
  pages.visit({ start: (site) => void (indexing = (thread ??= startIndexingThread()).index({ pages: toIndex(site), outputPath: KEPT_BUNDLE_DIR })) });
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
        const { bundle } = result;
        if (bundle.pageCount === 0) fail('indexing', ['no page has data-pagefind-body']);
        logger.info(
          `indexed ${result.added} pages into ${KEPT_BUNDLE_DIR} (Pagefind took ${Math.round(result.ms)} ms on its own thread); index files: ${bundle.created} written, ${bundle.kept} kept from the last build`,
        );
        // Only the files the entry and metadata name: Pagefind's ready-made UIs, its highlighter and
        // the core for unindexed languages are never requested by the site's own search UI.
        const shipped = bundle.files.filter((file) => file !== 'pagefind.js');
        await placeFiles(shipped.map((file) => ({ from: join(KEPT_BUNDLE_DIR, file), to: join(bundleDir, file) })));
        await writeFile(join(bundleDir, 'pagefind.js'), await minifiedApi(join(KEPT_BUNDLE_DIR, 'pagefind.js')));
        const vocabulary = buildVocabulary(bundle.texts);
        await writeFile(join(site.root, VOCABULARY_FILE), JSON.stringify(vocabulary));
        logger.info(`vocabulary of ${vocabulary.words.length} words for did-you-mean: ${VOCABULARY_FILE}`);
        await pages.keep(...bundle.files.map((file) => `pagefind/${file}`), VOCABULARY_FILE);
      },
    },
  };
}
