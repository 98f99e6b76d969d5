/**
 * Keeps the section's citation pointing at the passage being read and lets readers copy it.
 * Without JavaScript the citation, already in the page, cites the section's address; that is the
 * one address a static page can know, since a passage is chosen only by the URL's #anchor.
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

if (citation) {
  for (const template of citation.querySelectorAll('template')) template.replaceWith(template.content);
  for (const button of citation.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
    button.addEventListener('click', async () => {
      const text = document.getElementById(button.dataset['copy'] ?? '')?.textContent?.trim() ?? '';
      try {
        await navigator.clipboard.writeText(text);
        announce(button.dataset['copy'] === 'citation-bibtex' ? 'BibTeX entry copied.' : 'Citation copied.');
      } catch {
        announce('Copying is not allowed here; select the citation text to copy it.');
      }
    });
  }
  window.addEventListener('hashchange', update);
  update();
}
