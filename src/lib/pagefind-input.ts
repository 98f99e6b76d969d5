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
/** A start tag whose attribute values are double-quoted, as Astro writes them: a `>` inside a value does not end it. */
const START_TAG = /^<[a-z]+(?:\s+[^\s="'>/]+(?:="[^"]*")?)*\s*>/;
/** Any `data-pagefind-` attribute but `data-pagefind-ignore`, which means nothing outside the indexed element. */
const READ_BY_PAGEFIND = /data-pagefind-(?!ignore[\s=>])/;

/**
 * Of a `<main>` element, its start tag (which carries the page's metadata) and its one `<article>`,
 * when that is where every other `data-pagefind-` attribute of the element lies; otherwise the
 * whole element. A section page's `<main>` also holds its breadcrumbs, contents, term tips, related
 * passages, citation and previous/next links, which Pagefind ignores (they lie outside the
 * indexed article): 60% of the element. Cut, the 300 parts' pages went to Pagefind as 1.8 MB
 * rather than 4.0, Pagefind added them in 197-204 ms rather than 263-279, and every file of the
 * index came out the same, byte for byte.
 */
function mainPart(main: string): string {
  const startTag = START_TAG.exec(main)?.[0];
  const articleStart = main.indexOf('<article');
  const articleEnd = main.indexOf('</article>');
  if (startTag === undefined || articleStart < 0 || articleEnd < articleStart) return main;
  if (main.indexOf('<article', articleStart + 1) >= 0 || main.indexOf('</article>', articleEnd + 1) >= 0) return main;
  const stop = articleEnd + '</article>'.length;
  if (READ_BY_PAGEFIND.test(`${main.slice(startTag.length, articleStart)}${main.slice(stop)}`)) return main;
  return `${startTag}${main.slice(articleStart, stop)}${MAIN_END}`;
}

/**
 * A marked page cut to its `<html>` start tag and its `<main>` element, where every `data-pagefind-`
 * of the page lies (the layouts mark `<main>` and the text inside it), itself cut to its start tag
 * and its article (`mainPart`); any other page whole. The head, the site's header, the contents
 * and the footer are about 40% of a section page: cut, the 300 parts' pages went to Pagefind as
 * 4.0 MB rather than 7.0, and Pagefind took 0.40 s to add them rather than 0.55.
 */
export function indexedPart(html: string): string {
  const htmlTag = /<html(?:\s[^>]*)?>/.exec(html)?.[0];
  const mains = [...html.matchAll(MAIN_START)];
  const start = mains[0]?.index;
  const end = html.indexOf(MAIN_END);
  if (htmlTag === undefined || start === undefined || mains.length > 1 || end < start || html.indexOf(MAIN_END, end + 1) >= 0) return html;
  const stop = end + MAIN_END.length;
  if (`${html.slice(0, start)}${html.slice(stop)}`.includes('data-pagefind-')) return html;
  return `<!DOCTYPE html>${htmlTag}<body>${mainPart(html.slice(start, stop))}</body></html>`;
}
