import type { AstroIntegration } from 'astro';
import { preparationReport, prepareCitations, templatesKept } from '../lib/citation-preparation.ts';
import { citedItem, citingPages } from '../lib/cited-items.ts';
import type { ValidSection } from '../lib/section-files.ts';

/**
 * Formats the pages' citations on a worker thread from the build's start, unless the build cache
 * already has them (`citation-preparation.ts`). The pages still format their own citations; this
 * only makes sure the templates they fill in are ready, made off the thread that renders them.
 */
export function citationsAhead(sections: readonly ValidSection[]): AstroIntegration {
  return {
    name: 'citations-ahead',
    hooks: {
      // A build's first hook: the content sync and Astro's own set-up then run beside the worker too.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // Only which fields an item has decides its templates, not their values: any origin will do.
        const site = config.site ?? 'https://site.invalid/';
        const items = citingPages(sections, config.base).map(({ path, part }) => citedItem(new URL(path, site).href, part));
        if (!templatesKept(items)) prepareCitations(items);
      },
      'astro:build:done': ({ logger }) => {
        const { ms, error } = preparationReport();
        if (error !== undefined) logger.warn(`formatting the citations ahead failed, so the pages formatted their own: ${error.message}`);
        else logger.info(ms === undefined ? 'citations: templates kept from the last build' : `citations: templates made on a worker thread in ${Math.round(ms)} ms`);
      },
    },
  };
}
