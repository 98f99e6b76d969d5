import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, by its path relative to `dir`, with its bytes. */
export function fileBytes(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name))]));
}

/** The file a page of `builtPages` is, relative to the output folder: `index.html` for an address ending in `/`. */
export function pageFile(page: string): string {
  return page === '' || page.endsWith('/') ? `${page}index.html` : page;
}

/** Every HTML page of a built site as a path relative to the base, e.g. `chair-of-the-gmg/`. */
export function builtPages(distDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(distDir, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.replace(/(^|\/)index\.html$/, '$1'));
      }
    }
  };
  walk(distDir);
  return pages.sort();
}
