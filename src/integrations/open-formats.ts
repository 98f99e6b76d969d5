import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILES, llmsTxt, passagesJson, reportMarkdown, reportText } from '../lib/open-formats/formats.ts';
import { readSectionPage, type SectionText } from '../lib/open-formats/read-section-page.ts';

/**
 * Writes the report in open formats (report.md, report.txt, passages.json, llms.txt) after the
 * pages are built, from the section pages themselves: each is read and parsed once, so the files
 * carry exactly the site's words and ids and the cost grows with the number of sections, no faster.
 * Runs before `content-checks`, which then sees the files the pages link to.
 */
export function openFormats(): AstroIntegration {
  let homeUrl = 'https://site.invalid/';
  return {
    name: 'open-formats',
    hooks: {
      'astro:config:done': ({ config }) => {
        homeUrl = new URL(config.base, config.site ?? homeUrl).href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && entry.name === 'index.html')
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const sections: SectionText[] = [];
        for (const file of pages) {
          const section = readSectionPage(file, await readFile(join(root, file), 'utf8'));
          if (section) sections.push(section);
        }
        sections.sort((a, b) => a.order - b.order);
        await Promise.all([
          writeFile(join(root, FILES.markdown), reportMarkdown(sections, homeUrl)),
          writeFile(join(root, FILES.text), reportText(sections)),
          writeFile(join(root, FILES.json), passagesJson(sections, homeUrl)),
          writeFile(join(root, FILES.llms), llmsTxt(sections, homeUrl)),
        ]);
        const passages = sections.reduce((sum, section) => sum + section.passages.length, 0);
        logger.info(`${sections.length} sections, ${passages} passages: ${Object.values(FILES).join(', ')}`);
      },
    },
  };
}
