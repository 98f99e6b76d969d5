import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, type DefaultTreeAdapterTypes as Parse5 } from 'parse5';

/** One emitted HTML page, read and parsed once for every integration that looks at it. */
export interface ParsedPage {
  /** Path inside the output folder, with forward slashes, e.g. `chair-of-the-gmg/index.html`. */
  file: string;
  html: string;
  document: Parse5.Document;
}

/** Told of each page in turn while the pass holds its tree; `start` first, with every file the site will have. */
export interface PageVisitor {
  start?(files: ReadonlySet<string>): void;
  page(page: ParsedPage): void;
}

export interface BuiltSite {
  /** The output folder. */
  root: string;
  /** Every file of the site, relative with forward slashes: those on disk and those an integration has promised to write. */
  files: ReadonlySet<string>;
  /** The HTML pages in file order, each read once; their text stays for Pagefind, their trees do not. */
  pages: readonly { file: string; html: string }[];
}

export interface BuiltPages {
  /** Adds a visitor; call before the build ends (from `astro:config:done`). */
  visit(visitor: PageVisitor): void;
  /** Files an integration will write after the pass, so links to them count as resolving (the open formats). */
  promise(...files: string[]): void;
  /** Reads and parses the built site once, however many integrations ask, and tells every visitor. */
  read(dir: URL): Promise<BuiltSite>;
}

/**
 * After `astro build` the checks, the open formats and the search index all look at the
 * pages. This reads each page once and parses it once (parse5), handing the tree to each visitor in
 * turn and dropping it before the next page, so a large report's trees never sit in memory together.
 * astro.config.mjs makes one and gives it to each of those integrations; the first to ask reads.
 */
export function builtPages(): BuiltPages {
  const visitors: PageVisitor[] = [];
  const promised = new Set<string>();
  let reading: Promise<BuiltSite> | undefined;

  async function run(dir: URL): Promise<BuiltSite> {
    const root = fileURLToPath(dir);
    const onDisk = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    const files = new Set([...onDisk, ...promised]);
    const htmlFiles = onDisk.filter((name) => name.endsWith('.html')).sort();
    for (const visitor of visitors) visitor.start?.(files);
    const pages: { file: string; html: string }[] = [];
    for (const file of htmlFiles) {
      const html = await readFile(join(root, file), 'utf8');
      pages.push({ file, html });
      if (visitors.length === 0) continue;
      const page: ParsedPage = { file, html, document: parse(html) };
      for (const visitor of visitors) visitor.page(page);
    }
    return { root, files, pages };
  }

  return {
    visit: (visitor) => void visitors.push(visitor),
    promise: (...files) => files.forEach((file) => promised.add(file)),
    read: (dir) => (reading ??= run(dir)),
  };
}
