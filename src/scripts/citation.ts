/**
 * Keeps the citations pointing at the passage being read and lets readers copy them. Without
 * JavaScript the citations, already in the page, cite the page's address; that is the one address
 * a static page can know, since a passage is chosen only by the URL's #anchor. Fetched by
 * src/scripts/citation-loader.ts when the reader first opens the citation.
 */
import { announce } from './announce.ts';

const citation = document.querySelector<HTMLElement>('[data-citation]');
const pageUrl = citation?.dataset['url'];
const texts = [...(citation?.querySelectorAll<HTMLElement>('[data-citation-text]') ?? [])];

/** The page's address, plus the anchor when it names a passage of the report's text. */
function citedUrl(base: string): string {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  return target?.closest('.report-text') ? `${base}#${id}` : base;
}

let shown = pageUrl;

/** Rewrites the address in the citations' text nodes, so the styles' italics stay. */
function update(): void {
  if (pageUrl === undefined || shown === undefined) return;
  const next = citedUrl(pageUrl);
  if (next === shown) return;
  for (const text of texts) {
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      node.data = node.data.replace(shown, next);
    }
  }
  shown = next;
}

/** A copy button after each citation; a button that needs JavaScript, so made here. */
function copyButton(source: HTMLElement): void {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'citation__copy';
  button.textContent = 'Copy citation';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
      announce('Citation copied.');
    } catch {
      announce('Copying is not allowed here; select the citation text to copy it.');
    }
  });
  source.after(button);
}

if (citation) {
  // Only true with JavaScript, so it waits in an attribute rather than in the page's text.
  citation.querySelector('.apparatus-box__note')?.append(` ${citation.dataset['note'] ?? ''}`);
  texts.forEach(copyButton);
  window.addEventListener('hashchange', update);
  update();
}
