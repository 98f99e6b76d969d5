import { Worker } from 'node:worker_threads';
import type { IndexingJob, IndexingResult } from './pagefind-worker.ts';
import { projectFile } from './project-file.ts';

/**
 * Pagefind indexing the pages from the moment they are read, on a worker thread
 * (`pagefind-worker.ts`), rather than after every check: Pagefind's own process then indexes while
 * the main thread checks the pages and writes the open formats, on the core they leave free. The
 * search integration waits for it in its turn, after the checks, and only then finishes the bundle
 * (prunes it, minifies its API, writes the vocabulary). A site that fails a check fails its build
 * first, though Pagefind may already have written its own files into `pagefind/`.
 */
const WORKER_FILE = projectFile('src/lib/pagefind-worker.ts');

/** A thread with Pagefind's process starting, waiting for the pages. */
export interface IndexingThread {
  /** Hands over the pages; the answer comes once the bundle is written. Once per thread. */
  index(job: IndexingJob): Promise<IndexingResult>;
  /** Ends the thread and Pagefind's process without indexing. */
  close(): void;
}

export function startIndexingThread(): IndexingThread {
  const worker = new Worker(WORKER_FILE);
  // Waiting for pages that may never come (a build that fails first) must not keep the process alive.
  worker.unref();
  const answer = new Promise<IndexingResult>((resolve) => {
    worker.once('message', (result: IndexingResult) => resolve(result));
    worker.once('error', (error) => resolve({ step: 'indexing', errors: [error.stack ?? error.message] }));
    worker.once('exit', (code) => resolve({ step: 'indexing', errors: [`the indexing thread exited with code ${code} before answering`] }));
  });
  return {
    index(job) {
      // From here the build waits for the answer, so the thread must keep the process alive.
      worker.ref();
      worker.postMessage(job);
      return answer;
    },
    close: () => worker.postMessage(null),
  };
}
