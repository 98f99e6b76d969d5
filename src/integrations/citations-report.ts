import type { AstroIntegration } from 'astro';
import { citeprocRuns, resetCiteprocRuns } from '../lib/citeproc-runs.ts';
import { KEPT_TEMPLATES_FILE } from '../lib/kept-citation-templates.ts';

/** What the log says of a build whose every citation was filled into a kept template. */
export const CITEPROC_NOT_RUN = `citeproc not run; every citation filled in from kept templates (the edition's own, ${KEPT_TEMPLATES_FILE}, or the last build's)`;

/**
 * Says whether the build ran citeproc: the edition's own pages find their templates kept with the
 * code (`src/lib/kept-citation-templates.ts`), a later build also those the last one made; any
 * other page shape has its templates made with it (`src/lib/citation.ts`).
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
            ? `citations: ${CITEPROC_NOT_RUN}`
            : `citations: citeproc ran ${count} times in ${Math.round(ms)} ms, making the templates every other citation is filled in from`,
        );
      },
    },
  };
}
