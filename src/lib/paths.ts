/**
 * A site-relative path under the configured `base`, always ending in a slash for pages, so links
 * keep working when the site is deployed under a sub-path.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}${path.replace(/^\/+/, '')}`;
}

/** The address path of an emitted HTML file under `base`: `x/index.html` is served as `x/`. */
export function pageUrl(file: string, base: string): string {
  return withBase(file.replace(/(^|\/)index\.html$/, '$1'), base);
}

/** The page path of a section, e.g. `/chair-of-the-gmg/`. */
export function sectionPath(slug: string, base?: string): string {
  return withBase(`${slug}/`, base);
}

/** A path of the site at its root (`/og/glossary.png`) as the file the build writes in its output folder (`og/glossary.png`). */
export function outputFile(path: string): string {
  return path.replace(/^\/+/, '');
}
