import { processWide } from './process-wide.ts';

/**
 * How often and how long the build ran citeproc (`citation.ts`): making a page shape's templates
 * the first time, or formatting a page none fits. Kept apart from Citation.js, so that the build's
 * report (`src/integrations/citations-report.ts`) loads no citation code, and process-wide, since
 * the pages count in the bundled copy of this module and the report reads the config's.
 */
interface CiteprocRuns {
  count: number;
  ms: number;
}

const runs = processWide<CiteprocRuns>('citeproc-runs', () => ({ count: 0, ms: 0 }));

/** What `run` returns, counted as one run of citeproc and timed. */
export function countedRun<T>(run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    runs.count += 1;
    runs.ms += performance.now() - start;
  }
}

/** This build's runs so far. */
export function citeprocRuns(): Readonly<CiteprocRuns> {
  return runs;
}

/** Starts a build's count afresh: a process may build more than once (`astro dev`, tests). */
export function resetCiteprocRuns(): void {
  runs.count = 0;
  runs.ms = 0;
}
