import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { FILES } from '../lib/open-formats/files.ts';
import type { SectionText } from '../lib/open-formats/read-section-page.ts';
import { storedOrMade } from '../lib/keyed-store.ts';
import { writeFiles } from '../lib/write-files.ts';
import { builtPages, type BuiltPages } from './built-pages.ts';

/**
 * Writes the report in open formats (report.md, report.txt, passages.json, llms.txt) after the
 * pages are built, from the section pages themselves, as the shared pass (`built-pages.ts`) reads
 * and parses each once: the files carry exactly the site's words and ids, and the cost grows with
 * the number of sections, no faster. It promises its files to that pass, so `content-checks` finds
 * the files the pages link to.
 */
export function openFormats(pages: BuiltPages = builtPages()): AstroIntegration {
  let homeUrl = 'https://site.invalid/';
  const sections: SectionText[] = [];
  return {
    name: 'open-formats',
    hooks: {
      'astro:config:done': ({ config }) => {
        homeUrl = new URL(config.base, config.site ?? homeUrl).href;
        pages.promise(...Object.values(FILES));
        // A page the last passing build read, byte for byte the same, gives the same text: it is not parsed again.
        const memo = pages.memo<SectionText | null>('open-formats');
        let readSectionPage: typeof import('../lib/open-formats/read-section-page.ts').readSectionPage = () => {
          throw new Error('[open-formats] a page was visited before the pass started');
        };
        pages.visit({
          // Loaded only for a site whose pages changed: the HTML-to-Markdown tools are a tenth of a second of a build's start.
          async start() {
            ({ readSectionPage } = await import('../lib/open-formats/read-section-page.ts'));
          },
          page(page) {
            if (!page.file.endsWith('index.html')) return;
            const section = storedOrMade(memo, `${page.file} ${page.hash}`, () => readSectionPage(page.file, page.document) ?? null);
            if (section) sections.push(section);
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { root, unchanged } = await pages.read(dir);
        if (unchanged) {
          logger.info(`the pages are the last build's: ${Object.values(FILES).join(', ')} kept from it`);
          return;
        }
        sections.sort((a, b) => a.order - b.order);
        // Loaded only to write: with nothing changed, the files the last build wrote are kept instead.
        const { llmsTxt, passagesJson, reportMarkdown, reportText } = await import('../lib/open-formats/formats.ts');
        await writeFiles([
          { file: join(root, FILES.markdown), data: reportMarkdown(sections, homeUrl) },
          { file: join(root, FILES.text), data: reportText(sections) },
          { file: join(root, FILES.json), data: passagesJson(sections, homeUrl) },
          { file: join(root, FILES.llms), data: llmsTxt(sections, homeUrl) },
        ]);
        await pages.keep(...Object.values(FILES));
        const passages = sections.reduce((sum, section) => sum + section.passages.length, 0);
        logger.info(`${sections.length} sections, ${passages} passages: ${Object.values(FILES).join(', ')}`);
      },
    },
  };
}
