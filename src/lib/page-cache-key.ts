import { relative, sep } from 'node:path';
import { CONTENT_DIR } from './content-dir.ts';
import { SITE_URL } from './site-url.ts';
import { digestFiles, filesUnder, inputsDigest } from './source-digest.ts';

let content: string | undefined;

/**
 * Every content file but the sections (the record, the glossary, the SDGs, the register), hashed
 * once per build: pages print what they hold (the header's symbol and date, the citations, term
 * tips, SDG links) and read several at run time, outside what Astro sees, so a change to any of
 * them writes every page again. Sections are keyed one by one, by what each page shows of them.
 */
function contentDigest(): string {
  content ??= digestFiles(
    CONTENT_DIR,
    filesUnder(CONTENT_DIR).filter((file) => relative(CONTENT_DIR, file).split(sep)[0] !== 'sections'),
  );
  return content;
}

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a route's page is written
 * again only when its key or its route's modules change; otherwise Astro copies the page it wrote
 * last time. Astro's own part covers the modules the route imports, but not the Markdown plugins
 * (astro.config.mjs runs them), so every key holds the site's code (`sourceDigest`) and the content
 * files other than the sections (`contentDigest`), and besides everything else the page prints: the
 * data it is given, the text it renders and what it shows of other sections.
 */
export function pageCacheKey(...inputs: unknown[]): string {
  return inputsDigest(SITE_URL, contentDigest(), inputs);
}

interface SectionSource {
  id: string;
  data: { description: string };
  filePath?: string | undefined;
}

/**
 * What a section's page shows of the other sections: their frontmatter (labels, titles, order,
 * nesting) but the description, which only the contents lists of the home, search and 404 pages
 * print (those pages have no key and are always written), and never their text. Editing a title
 * writes every section's page again; editing one section's words or description, its own page,
 * and those whose related passages it changes.
 */
export function navigationOf(sections: readonly SectionSource[]): unknown[] {
  return sections.map(({ id, data: { description: _shownOnlyInContentsLists, ...shown }, filePath }) => [id, shown, filePath]);
}
