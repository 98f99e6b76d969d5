import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CITE_FILES, citeFileOutput } from '../lib/cite-files.ts';
import { writeCiteFiles } from '../lib/cite-file-writer.ts';
import { citingPages, type CitingPage } from '../lib/cited-items.ts';
import type { LabelledSection } from '../lib/section-labels.ts';
import type { BuiltPages } from './built-pages.ts';

/**
 * The citation files reference managers import (`/cite/report.ris`, `/cite/chair-of-the-gmg.bib`...),
 * three per page cited. A build writes them itself once the pages are out, from the sections'
 * frontmatter as read when the build starts: as a thousand Astro routes they cost the build about a
 * millisecond each in Astro's page pipeline, for files that are a few hundred bytes of text. The
 * development server renders them on request from routes injected for it alone
 * (`src/dev-routes/cite/`). The files are promised to the shared pass (`built-pages.ts`), so the
 * checks count links to them as resolving, and written while it checks the site.
 */
export function citeFiles(sections: readonly LabelledSection[], pages: BuiltPages): AstroIntegration {
  let site = '';
  let base = '/';
  let citing: CitingPage[] = [];
  return {
    name: 'cite-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        for (const { ext } of CITE_FILES) injectRoute({ pattern: `/cite/[name].${ext}`, entrypoint: `src/dev-routes/cite/[name].${ext}.ts` });
      },
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = config.base;
        citing = citingPages(sections, base);
        pages.promise(...citing.flatMap(({ name }) => CITE_FILES.map(({ ext }) => citeFileOutput(name, ext))));
      },
      'astro:build:done': ({ dir, logger }) => {
        pages.writing(() =>
          writeCiteFiles(fileURLToPath(dir), citing, site).then(({ written, made }) => {
            logger.info(`${written} citation files written: ${made} made by Citation.js, ${written - made} from the build cache`);
          }),
        );
      },
    },
  };
}
