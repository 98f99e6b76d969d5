import { decodeHandoff, HANDOFF_KEY, termsFromParams } from './handoff-read.ts';
import { clearMarks, highlightPattern, markTerms } from './highlight.ts';

const roots = (): Element[] => [...document.querySelectorAll('.report-text')];

/**
 * The bar that says what is highlighted and clears it: built only when there is something to
 * clear, since its button cannot work without JavaScript. Styles: src/styles/search-highlight.css.
 */
function highlightBar(): HTMLElement {
  const count = document.createElement('span');
  count.dataset['searchHighlightCount'] = '';
  const query = document.createElement('q');
  query.dataset['searchHighlightQuery'] = '';
  const text = Object.assign(document.createElement('p'), { className: 'search-highlight__text' });
  text.append(count, ' for ', query, ' highlighted.');
  const clear = Object.assign(document.createElement('button'), { type: 'button', className: 'search-highlight__clear', textContent: 'Clear highlighting' });
  clear.dataset['searchHighlightClear'] = '';
  const bar = Object.assign(document.createElement('div'), { className: 'search-highlight' });
  bar.dataset['searchHighlight'] = '';
  bar.append(text, clear);
  clear.addEventListener('click', () => {
    for (const root of roots()) clearMarks(root);
    bar.hidden = true;
    document.getElementById('main')?.focus({ preventScroll: true });
  });
  // Where it sat in the header's markup, so it comes early in the tab order.
  const status = document.getElementById('site-search-status');
  if (status) status.after(bar);
  else document.body.append(bar);
  return bar;
}

/**
 * Marks the searched words in the report text, brings the passage into view and shows the
 * button that clears the marks. Returns how many words were marked.
 */
export function showHighlights(terms: string[], query: string, passageId?: string): number {
  const bar = document.querySelector<HTMLElement>('[data-search-highlight]');
  for (const root of roots()) clearMarks(root);
  const pattern = highlightPattern(terms);
  const marks = pattern ? roots().flatMap((root) => markTerms(root, pattern)) : [];
  if (marks.length > 0 || bar) {
    const shown = bar ?? highlightBar();
    const label = shown.querySelector('[data-search-highlight-query]');
    const count = shown.querySelector('[data-search-highlight-count]');
    if (label) label.textContent = query;
    if (count) count.textContent = marks.length === 1 ? '1 match' : `${marks.length} matches`;
    shown.hidden = marks.length === 0;
  }
  const target = passageId === undefined ? marks[0] : document.getElementById(passageId);
  target?.scrollIntoView({ block: 'start' });
  return marks.length;
}

function passageFromHash(hash: string): string | undefined {
  if (hash === '') return undefined;
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * A quote link's text fragment (`#id:~:text=`): the browser has scrolled to its words and marks
 * them, and marking search words in the same text would wipe that mark out.
 */
function followedQuote(): boolean {
  return performance.getEntriesByType('navigation')[0]?.name.includes(':~:') ?? false;
}

/** On arrival from a search result (or a `?highlight=` address), highlights what was searched. */
export function highlightOnArrival(): void {
  let stored: string | null = null;
  try {
    stored = sessionStorage.getItem(HANDOFF_KEY);
    sessionStorage.removeItem(HANDOFF_KEY);
  } catch {
    // Storage can be switched off; the ?highlight= parameter still works.
  }
  if (followedQuote()) return;
  const passageId = passageFromHash(location.hash);
  const handoff = decodeHandoff(stored, location.pathname);
  if (handoff) {
    showHighlights(handoff.terms, handoff.query, passageId);
    return;
  }
  const terms = termsFromParams(new URLSearchParams(location.search));
  if (terms.length > 0) showHighlights(terms, terms.join(' '), passageId);
}
