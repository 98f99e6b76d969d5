import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { builtPages, type BuiltPages } from './built-pages.ts';
import { searchChunkPlugin } from './search-chunk.ts';

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
 * Pagefind ships its JS API with whitespace removed but every name spelled out; minified, it is
 * 1.9 kB (gzip) lighter, and it is part of every reader's first search (a budget in `npm run bench`).
 */
async function minifyApi(bundleDir: string): Promise<void> {
  const file = join(bundleDir, 'pagefind.js');
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
}

function fail(step: string, errors: string[]): never {
  throw new Error(`[pagefind] ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Indexes the built pages with Pagefind's Node API once Astro has written them, so `astro build`
 * alone produces the search index; only elements marked `data-pagefind-body` are indexed. The pages
 * come from the shared pass (`built-pages.ts`), already read, rather than from Pagefind reading the
 * folder again. It also builds the search UI as a chunk the header's loader fetches by address
 * (`./search-chunk.ts`).
 */
export function pagefindIntegration(pages: BuiltPages = builtPages()): AstroIntegration {
  return {
    name: 'un15cm-pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [searchChunkPlugin()] } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = await pages.read(dir);
        const bundleDir = join(site.root, 'pagefind');
        try {
          // The report is in English; one language means one index and one WebAssembly core.
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) fail('creating the index', errors);
          // One at a time, in file order, so the same site always gives the same (content-hashed) index files.
          const added = [];
          for (const page of site.pages) added.push(await index.addHTMLFile({ sourcePath: page.file, content: page.html }));
          const failures = added.flatMap((result) => result.errors);
          if (failures.length > 0) fail('indexing the built pages', failures);
          const written = await index.writeFiles({ outputPath: bundleDir });
          if (written.errors.length > 0) fail('writing the bundle', written.errors);
          logger.info(`indexed ${added.length} pages into ${bundleDir}`);
        } finally {
          await pagefind.close();
        }
        await prune(bundleDir, logger);
        await minifyApi(bundleDir);
      },
    },
  };
}
