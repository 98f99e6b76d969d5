import { writeFileSync } from 'node:fs';
import { citeprocInText, citeprocReference, type CslItem } from './citation.ts';
import { templatedFormat, type Template } from './citation-template.ts';
import { templateNames, templateStoreKey } from './citation-template-store.ts';
import { citedItem, citingPages, STYLES } from './cited-items.ts';
import { CONTENT_DIR } from './content-dir.ts';
import { citationDigest, KEPT_TEMPLATES_FILE, keptTemplatesText, type TemplateEntries } from './kept-citation-templates.ts';
import { projectFile } from './project-file.ts';
import { readSectionFrontmatter, validSections } from './section-files.ts';
import { SITE_URL } from './site-url.ts';

/**
 * `npm run citations`: writes the edition's citation templates (`kept-citation-templates.ts`), made
 * by citeproc for every page that cites the report, reading none from a store.
 */

/**
 * The item each citing page of the content in `contentDir` cites: the report, then every section.
 * Their addresses are the pages' own fields, filled into the templates, so any base will do.
 */
export function editionItems(contentDir = CONTENT_DIR): CslItem[] {
  const sections = validSections(readSectionFrontmatter(contentDir));
  return citingPages(sections, '/').map(({ path, part }) => citedItem(new URL(path, SITE_URL).href, part));
}

/** Every template the pages of `items` use, in each style and output the pages show, made by citeproc. */
export function editionTemplates(items: readonly CslItem[]): TemplateEntries {
  const entries: TemplateEntries = {};
  for (const style of STYLES) {
    const outputs: [string, (item: CslItem) => string, boolean][] = [
      [templateNames.reference(style, 'html'), (item) => citeprocReference(item, style, 'html'), true],
      [templateNames.inText(style), (item) => citeprocInText(item, style), false],
    ];
    for (const [namespace, format, html] of outputs) {
      const made = new Map<string, Template | null>();
      const formatted = templatedFormat(format, html, made);
      for (const item of items) formatted(item);
      for (const [key, template] of made) entries[templateStoreKey(namespace, key)] = template;
    }
  }
  return entries;
}

if (import.meta.main) {
  const items = editionItems();
  const entries = editionTemplates(items);
  writeFileSync(projectFile(KEPT_TEMPLATES_FILE), keptTemplatesText(citationDigest(), entries));
  console.log(`${KEPT_TEMPLATES_FILE}: ${Object.keys(entries).length} templates, for the ${items.length} pages that cite the report`);
}
