import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Template } from './citation-template.ts';
import { readEntries, type Stored } from './persisted-store.ts';
import { projectFile } from './project-file.ts';
import { digestFiles } from './source-digest.ts';

/**
 * The citation templates of the edition's own pages, committed with it, so that a build from
 * nothing (a fresh clone, CI, the bench's cold build) fills every citation in without loading
 * citeproc, which would otherwise build four engines and run 64 times on every such build (about
 * 0.3 s, on the main thread, while the pages wait). `npm run citations`
 * (`citation-templates-writer.ts`) makes them with citeproc; `kept-citation-templates.test.ts`
 * fails when the file is not what citeproc makes now, naming that command.
 *
 * A template is keyed by the whole record apart from the page's own fields, so a changed record
 * finds none. The file's digest covers everything else a template comes from (the styles and
 * locales, the code that runs citeproc and cuts the templates, the citation packages' versions):
 * under another digest the file is not read at all. Either way the pages are then made by citeproc,
 * as from nothing, and are no less right; the build is only slower until the file is written again.
 */
export const KEPT_TEMPLATES_FILE = 'src/lib/csl/citation-templates.json';

/** The code a template depends on, besides the styles and locales in `src/lib/csl/`. */
const CITATION_CODE = ['src/lib/citation.ts', 'src/lib/citation-template.ts', 'src/lib/cited-items.ts', 'src/lib/unsorted-style.ts'];
/** The packages that format citations: their manifests name their exact versions. */
const CITATION_PACKAGES = ['citeproc', '@citation-js/core', '@citation-js/plugin-csl'];

/** The files whose bytes the digest covers, from the project root. */
export function citationInputs(root = process.cwd()): string[] {
  const styles = readdirSync(join(root, 'src/lib/csl'))
    .filter((name) => /\.(csl|xml)$/.test(name))
    .sort()
    .map((name) => `src/lib/csl/${name}`);
  return [...styles, ...CITATION_CODE, ...CITATION_PACKAGES.map((name) => `node_modules/${name}/package.json`)];
}

/** What the templates were made with, as one digest, for the project at `root`. */
export function citationDigest(root = process.cwd()): string {
  return digestFiles(root, citationInputs(root).map((path) => join(root, path)));
}

/** Templates by store key (`citation-template-store.ts`), `null` where none fits. */
export type TemplateEntries = Record<string, Template | null>;

/** The kept file's text: entries in key order, one field per line, so a change reads as a small diff. */
export function keptTemplatesText(digest: string, entries: TemplateEntries): string {
  const sorted = Object.fromEntries(Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ digest, entries: sorted } satisfies Stored<Template | null>, null, 2)}\n`;
}

let kept: TemplateEntries | undefined;

/** The kept template for a store key: a template, `null` where none fits, undefined where the file has none. */
export function keptTemplate(key: string): Template | null | undefined {
  // The build cache's own format and reader (`persisted-store.ts`), under the citations' digest rather than the whole code's.
  kept ??= readEntries<Template | null>(projectFile(KEPT_TEMPLATES_FILE), citationDigest());
  return Object.hasOwn(kept, key) ? kept[key] : undefined;
}
