import type { PageCitation } from './citation.ts';
import { filledFromKept } from './citation-template.ts';
import { storedTemplates, templateNames } from './citation-template-store.ts';
import { STYLES, type CslItem } from './cited-items.ts';

/**
 * What a page shows of every style (`Citation.astro`). Where the templates an earlier build kept
 * fit the page, they are filled in here, without loading Citation.js and citeproc; anything else
 * goes to `citation.ts`, loaded then, which makes the templates or formats the page itself.
 */
export async function pageCitations(item: CslItem): Promise<PageCitation[]> {
  return keptCitations(item) ?? (await import('./citation.ts')).pageCitations(item);
}

function keptCitations(item: CslItem): PageCitation[] | undefined {
  const citations: PageCitation[] = [];
  for (const style of STYLES) {
    const html = filledFromKept(item, true, storedTemplates(templateNames.reference(style, 'html')));
    const inText = filledFromKept(item, false, storedTemplates(templateNames.inText(style)));
    if (html === undefined || inText === undefined) return undefined;
    citations.push({ style, html, inText });
  }
  return citations;
}
