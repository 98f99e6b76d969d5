/**
 * What the build gives Pagefind of each built page. Pagefind parses every byte of a page it is
 * given, though once any page has `data-pagefind-body` what it takes from this site's pages is the
 * `<html>` element's `lang`, the elements marked `data-pagefind-*` and what they hold.
 * `search-index.test.ts` holds the index written from these parts to the one written from the
 * whole pages, byte for byte, and every section page to being cut: a layout change that makes
 * either untrue fails there.
 */

/**
 * Whether Pagefind indexes the page at all. The full report and the glossary, the largest pages,
 * are not marked; given to Pagefind, they would cost it a third of a second in a 300-part report
 * to find that out. A page that only mentions the attribute in its text is given, and Pagefind decides.
 */
export const markedForIndexing = (html: string): boolean => /\sdata-pagefind-body[\s=/>]/.test(html);

const MAIN_START = /<main[\s>]/g;
const MAIN_END = '</main>';

/**
 * A marked page cut to its `<html>` start tag and its `<main>` element, where every `data-pagefind-`
 * of the page lies (the layouts mark `<main>` and the text inside it); any other page whole. The
 * head, the site's header, the contents and the footer are about 40% of a section page: cut, the
 * 300 parts' pages went to Pagefind as 4.0 MB rather than 7.0, and Pagefind took 0.40 s to add them
 * rather than 0.55.
 */
export function indexedPart(html: string): string {
  const htmlTag = /<html(?:\s[^>]*)?>/.exec(html)?.[0];
  const mains = [...html.matchAll(MAIN_START)];
  const start = mains[0]?.index;
  const end = html.indexOf(MAIN_END);
  if (htmlTag === undefined || start === undefined || mains.length > 1 || end < start || html.indexOf(MAIN_END, end + 1) >= 0) return html;
  const stop = end + MAIN_END.length;
  if (`${html.slice(0, start)}${html.slice(stop)}`.includes('data-pagefind-')) return html;
  return `<!DOCTYPE html>${htmlTag}<body>${html.slice(start, stop)}</body></html>`;
}
