import type { APIRoute, GetStaticPaths } from 'astro';
import { citedItem, citingPages, type CitingPage } from './cited-items.ts';
import { CITE_FILES, type CiteFileExt } from './cite-files.ts';
import { getSections } from './sections.ts';

/** The page whose citation the file holds; its name is the route's parameter. */
type Props = Omit<CitingPage, 'name'>;

/**
 * The development server's route of one kind of citation file, `/cite/<name>.<ext>`: the report's
 * and each section's (a build writes them itself, `integrations/cite-files.ts`; `_headers` gives
 * their types). One route file per extension (`src/dev-routes/cite/[name].ris.ts`...)
 * rather than one with the extension as a parameter: a fixed extension in the route's name is what
 * tells Astro's dev server the address is a file, not a page wanting a trailing slash.
 */
export function citeFileRoute(ext: CiteFileExt): { getStaticPaths: GetStaticPaths; GET: APIRoute<Props> } {
  const format = CITE_FILES.find((file) => file.ext === ext);
  if (format === undefined) throw new Error(`[cite] no file format ".${ext}"`);
  return {
    getStaticPaths: async () =>
      citingPages(await getSections()).map(({ name, ...props }) => ({ params: { name }, props })),
    // Citation.js is loaded only when a file is asked for.
    GET: async ({ props, site }) => {
      const { citeFile } = await import('./cite-file-text.ts');
      return new Response(citeFile(citedItem(new URL(props.path, site).href, props.part), ext), { headers: { 'content-type': `${format.type}; charset=utf-8` } });
    },
  };
}
