/**
 * Keeps the section's citation pointing at the passage being read and lets readers copy it.
 * Without JavaScript the citation, already in the page, cites the section's address; that is the
 * one address a static page can know, since a passage is chosen only by the URL's #anchor.
 * Fetched by src/scripts/citation-loader.ts when the reader first opens the citation.
 */
import { announce } from './announce.ts';

const citation = document.querySelector<HTMLElement>('[data-citation]');
const sectionUrl = citation?.dataset['url'];

/** The section's address, plus the anchor when it names a passage of the report's text. */
function citedUrl(base: string): string {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id === '' ? null : document.getElementById(id);
  return target?.closest('.report-text') ? `${base}#${id}` : base;
}

let shown = sectionUrl;

function update(): void {
  if (!citation || sectionUrl === undefined || shown === undefined) return;
  const next = citedUrl(sectionUrl);
  if (next === shown) return;
  for (const text of citation.querySelectorAll<HTMLElement>('[data-citation-text]')) {
    text.textContent = (text.textContent ?? '').replace(shown, next);
  }
  shown = next;
}

/** A copy button after the citation text it copies; a button that needs JavaScript, so made here. */
function copyButton(id: string, label: string, done: string): void {
  const source = document.getElementById(id);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'citation__copy';
  button.textContent = label;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source?.textContent?.trim() ?? '');
      announce(done);
    } catch {
      announce('Copying is not allowed here; select the citation text to copy it.');
    }
  });
  source?.closest('p, pre')?.after(button);
}

if (citation) {
  // Only true with JavaScript, so it waits in an attribute rather than in the page's text.
  citation.querySelector('.apparatus-box__note')?.append(` ${citation.dataset['note'] ?? ''}`);
  copyButton('citation-plain', 'Copy citation', 'Citation copied.');
  copyButton('citation-bibtex', 'Copy BibTeX', 'BibTeX entry copied.');
  window.addEventListener('hashchange', update);
  update();
}
