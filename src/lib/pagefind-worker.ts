import { parentPort } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { writeKeptBundle, type KeptBundle } from './pagefind-bundle.ts';

/** What the thread is given: the pages to index, in file order, and the folder, kept between builds, to write the bundle to. */
export interface IndexingJob {
  pages: { file: string; html: string }[];
  outputPath: string;
}

/** What it answers: how many pages it indexed, the bundle (`pagefind-bundle.ts`) and how long Pagefind took from the first page to the written bundle, or what failed, and at which step. */
export type IndexingResult = { added: number; ms: number; bundle: KeptBundle } | { step: string; errors: string[] };

/**
 * Indexes the pages with Pagefind's Node API on a thread of its own (`pagefind-indexing.ts`), so
 * that Pagefind's process indexes while the build's main thread checks the pages and writes the
 * open formats. The index is created as the thread starts, which starts Pagefind's process, and
 * the pages follow in a message: a thread started with the build has it running by then.
 */
// The report is in English; one language means one index and one WebAssembly core.
const created = pagefind.createIndex({ forceLanguage: 'en' });
// Should it fail, the failure is answered when the pages come, not thrown while the thread waits.
created.catch(() => undefined);

async function indexPages({ pages, outputPath }: IndexingJob): Promise<IndexingResult> {
  const { index, errors } = await created;
  if (!index) return { step: 'creating the index', errors };
  // One at a time, in file order, so the same site always gives the same (content-hashed) index files.
  const start = performance.now();
  const failures: string[] = [];
  for (const page of pages) failures.push(...(await index.addHTMLFile({ sourcePath: page.file, content: page.html })).errors);
  if (failures.length > 0) return { step: 'indexing the built pages', errors: failures };
  try {
    const bundle = await writeKeptBundle(index, outputPath, pages.map((page) => page.file));
    return { added: pages.length, ms: performance.now() - start, bundle };
  } catch (error) {
    return { step: 'writing the bundle', errors: [error instanceof Error ? error.message : String(error)] };
  }
}

/** The pages to index, or null: the build needs no index after all, and the thread only ends Pagefind's process. */
parentPort?.once('message', (job: IndexingJob | null) => {
  void (async () => {
    try {
      if (job !== null) parentPort?.postMessage(await indexPages(job));
    } catch (error) {
      parentPort?.postMessage({ step: 'indexing', errors: [error instanceof Error ? (error.stack ?? error.message) : String(error)] });
    } finally {
      await pagefind.close();
    }
  })();
});
