import type { AstroIntegration } from 'astro';
import { citeprocRuns, resetCiteprocRuns } from '../lib/citeproc-runs.ts';

/**
 * Says whether the build ran citeproc: a build from nothing makes each page shape's templates with
 * it (`src/lib/citation.ts`); a later one fills every citation in from the templates it kept.
 */
export function citationsReport(): AstroIntegration {
  return {
    name: 'citations-report',
    hooks: {
      'astro:build:start': () => resetCiteprocRuns(),
      'astro:build:done': ({ logger }) => {
        const { count, ms } = citeprocRuns();
        logger.info(
          count === 0
            ? 'citations: citeproc not run; every citation filled in from the templates kept by the last build'
            : `citations: citeproc ran ${count} times in ${Math.round(ms)} ms, making the templates every other citation is filled in from`,
        );
      },
    },
  };
}
