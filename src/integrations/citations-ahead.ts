import type { AstroIntegration } from 'astro';
import { preparationReport, prepareCitations, templatesKept } from '../lib/citation-preparation.ts';
import { citedItem, citedPart, type CslItem } from '../lib/cited-items.ts';
import { sectionPath, withBase } from '../lib/paths.ts';
import { readValidSections } from '../lib/section-files.ts';

/** The items the pages cite: the report (home and full report) and each section, as their layouts make them. */
function pageItems(contentDir: string, site: string, base: string): CslItem[] {
  const sections = readValidSections(contentDir);
  const at = (path: string): string => new URL(path, site).href;
  return [
    citedItem(at(withBase('', base))),
    ...sections.map((section) => citedItem(at(sectionPath(section.id, base)), citedPart(section, sections))),
  ];
}

/**
 * Formats the pages' citations on a worker thread from the build's start, unless the build cache
 * already has them (`citation-preparation.ts`). The pages still format their own citations; this
 * only makes sure the templates they fill in are ready, made off the thread that renders them.
 */
export function citationsAhead(contentDir: string): AstroIntegration {
  return {
    name: 'citations-ahead',
    hooks: {
      // A build's first hook: the content sync and Astro's own set-up then run beside the worker too.
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build') return;
        // Only which fields an item has decides its templates, not their values: any origin will do.
        const items = pageItems(contentDir, config.site ?? 'https://site.invalid/', config.base);
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
