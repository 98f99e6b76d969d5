import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { registerSchema, type RegisterData, type Retired } from '../schemas/addresses.ts';
import type { SectionFrontmatter } from './section-files.ts';
import { loadYamlData } from './yaml-data.ts';

/**
 * The register of published addresses (`content/addresses.yaml`) and the comparison of a built
 * site with it. The `content-checks` integration collects what each page offers while it reads
 * the pages (once each), then calls `checkAddresses` and, for `npm run addresses`, `recordAddresses`
 * (`address-register-writer.ts`).
 * Everything here is pure but `loadRegister`, so unit tests feed it strings.
 */

export const REGISTER_FILE = 'addresses.yaml';

export type Register = RegisterData;
export type { Retired };

/** What the build made at one page address. */
export interface PageAddresses {
  /** Base-relative: `/`, `/chair-of-the-gmg/`. */
  path: string;
  /** Every id a `#fragment` can land on. */
  ids: ReadonlySet<string>;
  /** The report's passage ids on the page (section pages only), in reading order: what gets registered. */
  passages: readonly string[];
  /** For the page an old address serves: the base-relative path it forwards to. */
  movedTo?: string | undefined;
  /** The content file of the page's report text, from `data-source`. */
  source?: string | undefined;
}

function fail(fileName: string, message: string): never {
  throw new Error(`[addresses] ${fileName}: ${message}`);
}

/** Parses and checks the register's text; throws naming the file and the field. */
export function parseRegister(text: string, fileName: string): Register {
  const result = registerSchema.safeParse(loadYamlData(text, fileName, (message) => fail(fileName, message)));
  if (!result.success) {
    const issue = result.error.issues[0];
    fail(fileName, `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'not a register'}`);
  }
  for (const retired of result.data.retired) {
    if (!result.data.pages[retired.page]?.includes(retired.id)) {
      fail(fileName, `retired "${retired.id}" is not listed under pages."${retired.page}"; only a published address can be retired`);
    }
  }
  return result.data;
}

let cache: { path: string; register: Register | undefined } | undefined;

/** The register in a content folder, read once per build; undefined when there is none yet. */
export function loadRegister(contentDir: string): Register | undefined {
  const path = join(contentDir, REGISTER_FILE);
  if (cache?.path !== path) {
    cache = { path, register: existsSync(path) ? parseRegister(readFileSync(path, 'utf8'), path) : undefined };
  }
  return cache.register;
}

const retiredByPage = new WeakMap<Register, Map<string, Retired[]>>();

/** The retired passages whose addresses land on a page reached by any of `paths` (its own and its former ones). */
export function retiredOn(register: Register | undefined, paths: readonly string[]): Retired[] {
  if (register === undefined) return [];
  let byPage = retiredByPage.get(register);
  if (byPage === undefined) {
    byPage = new Map();
    for (const retired of register.retired) byPage.set(retired.page, [...(byPage.get(retired.page) ?? []), retired]);
    retiredByPage.set(register, byPage);
  }
  return paths.flatMap((path) => byPage.get(path) ?? []);
}

/**
 * The former page paths of renamed sections (their `movedFrom`), from the section files' own
 * frontmatter because `astro.config.mjs` needs them (to keep them out of the sitemap) before
 * collections exist.
 */
export function formerPagePaths(files: readonly SectionFrontmatter[]): Set<string> {
  const paths = new Set<string>();
  for (const { data } of files) {
    const moved = (data as { movedFrom?: unknown } | undefined)?.movedFrom;
    if (Array.isArray(moved)) for (const slug of moved) if (typeof slug === 'string') paths.add(sectionPagePath(slug));
  }
  return paths;
}

/** The base-relative path of a section's page. */
export function sectionPagePath(slug: string): string {
  return `/${slug}/`;
}

const FULL_REPORT = '/full-report/';

/**
 * Every registered address that no longer lands where it should, as one message each naming the
 * address, the section file and the remedy. An old page that forwards (a section's `movedFrom`)
 * counts as landing when the page it forwards to has the passage. Every passage registered on a
 * section page must also land on the full report.
 */
export function checkAddresses(
  register: Register,
  pages: ReadonlyMap<string, PageAddresses>,
  options: { registerFile: string; sectionsDir: string },
): string[] {
  const problems: string[] = [];
  const guessFile = (path: string) => `${options.sectionsDir}/${path.replace(/^\/|\/$/g, '') || 'index'}.mdx`;
  const remedy = (id: string) =>
    `If the passage was reworded, put {/* also: ${id} */} at the start of the passage it became; ` +
    `if it was removed on purpose, list it under "retired:" in ${options.registerFile} (README, "Addresses").`;

  const resolve = (start: PageAddresses): PageAddresses | undefined => {
    let page: PageAddresses | undefined = start;
    for (let hops = 0; page?.movedTo !== undefined; hops += 1) {
      if (hops > pages.size) return undefined;
      page = pages.get(page.movedTo);
    }
    return page;
  };

  const landed: string[] = [];
  for (const [path, ids] of Object.entries(register.pages)) {
    const built = pages.get(path);
    if (built === undefined) {
      const slug = path.replace(/^\/|\/$/g, '');
      problems.push(
        ids.length > 0
          ? `${path} (and its ${ids.length} passage addresses) no longer exists; it was made from ${guessFile(path)}. ` +
              `If that section was renamed or moved, add "movedFrom: [${slug}]" to its frontmatter.`
          : `${path} is no longer a page of the site; a published page must stay (README, "Addresses").`,
      );
      continue;
    }
    const target = resolve(built);
    if (target === undefined) {
      problems.push(`${path} forwards to ${built.movedTo ?? 'a page'}, which is not in the built site (or forwards in a circle).`);
      continue;
    }
    for (const id of ids) {
      if (target.ids.has(id)) landed.push(id);
      else problems.push(`${path}#${id} no longer lands on a passage (${target.source ?? guessFile(target.path)}). ${remedy(id)}`);
    }
  }

  const full = pages.get(FULL_REPORT);
  if (full !== undefined) {
    for (const id of landed) {
      if (!full.ids.has(id)) problems.push(`${FULL_REPORT}#${id} no longer lands on a passage. ${remedy(id)}`);
    }
  }
  return problems;
}

/** Built pages and passages the register does not list yet, in the site's order. */
export function unrecorded(register: Register | undefined, pages: Iterable<PageAddresses>): { path: string; ids: string[] }[] {
  const additions: { path: string; ids: string[] }[] = [];
  for (const page of pages) {
    const listed = register?.pages[page.path];
    const known = new Set(listed);
    const ids = page.passages.filter((id) => !known.has(id));
    if (listed === undefined || ids.length > 0) additions.push({ path: page.path, ids });
  }
  return additions;
}
