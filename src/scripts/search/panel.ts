import { withBase } from '../../lib/paths.ts';

/**
 * The search UI's markup. None of it works without JavaScript, so none of it is in the static
 * HTML (a text browser, or a page without CSS, would show dead controls): the search chunk builds
 * it here, when the reader first comes to search. Styles: src/styles/search.css.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

export interface PanelParts {
  panel: HTMLElement;
  listbox: HTMLElement;
  summary: HTMLElement;
  /** "Showing results for …", when a misspelt query was corrected (`did-you-mean.ts`). */
  correction: HTMLElement;
  help: HTMLElement;
  filter: HTMLSelectElement;
}

export const IDLE_SUMMARY = 'Type a word, a number, or a phrase in quotes.';

function helpList(): HTMLElement {
  const link = (path: string, text: string) => element('a', { href: withBase(path) }, text);
  return element(
    'div',
    { class: 'search-help', 'data-search-help': '', hidden: '' },
    element('p', {}, 'You could try:'),
    element(
      'ul',
      {},
      element('li', {}, 'checking the spelling, or using fewer words;'),
      element('li', {}, 'a name, acronym or number from the report, such as CEDAW, Moldova, AbuZayd or 10.7;'),
      element('li', {}, 'all sections, if a section is chosen above;'),
      element('li', {}, 'the ', link('', 'title page and contents'), ' or the ', link('full-report/', 'full report on one page'), '.'),
    ),
  );
}

/**
 * The drop-down below the header field, or (`inline`, on the search page) the results in the
 * page: a section filter, a summary, the listbox of results and what to try when nothing matches.
 */
export function buildPanel(inline: boolean): PanelParts {
  const filter = element('select', { id: 'site-search-section', 'data-search-filter': '' }, element('option', { value: '' }, 'All sections'));
  const summary = element('p', { class: 'search-panel__summary', 'data-search-summary': '' }, IDLE_SUMMARY);
  const correction = element('p', { class: 'search-panel__correction', 'data-search-correction': '', hidden: '' });
  const listbox = element('div', {
    id: 'site-search-results',
    class: 'search-results',
    role: 'listbox',
    'aria-label': 'Search results',
    'data-search-state': 'idle',
  });
  const help = helpList();
  const panel = element(
    'div',
    { class: inline ? 'search-panel search-panel--inline' : 'search-panel', 'data-search-panel': '', hidden: '' },
    element('div', { class: 'search-panel__filter' }, element('label', { for: 'site-search-section' }, 'Section'), filter),
    correction,
    summary,
    listbox,
    help,
  );
  if (inline) panel.dataset['inline'] = 'true';
  return { panel, listbox, summary, correction, help, filter };
}

const LABELLED = /^[A-Z0-9]+(?:\.[A-Z0-9]+)*\.?\s/;

/**
 * The sections Pagefind indexed (its `section` filter) in the report's order as their labels give
 * it: unlabelled parts (the title page) first, then "A.", "A.1", "A.2", "B." ..., "10." after "9.".
 * The filter is filled from them, so a page carries no list of sections, which would grow with
 * the report.
 */
export function sectionOrder(sections: string[]): string[] {
  const rank = (section: string) => (LABELLED.test(section) ? 1 : 0);
  return [...sections].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

/**
 * Fills the filter with what the index offers, in reading order: sections, or in a long report its
 * top-level parts, and names it accordingly (`data-search-filter` tells the search which filter).
 */
export function fillFilter(filter: HTMLSelectElement, indexed: { name: 'section' | 'part'; values: string[] }): void {
  filter.dataset['searchFilter'] = indexed.name;
  if (indexed.name === 'part') {
    const label = filter.labels?.[0];
    if (label) label.textContent = 'Part';
    const everything = filter.options[0];
    if (everything) everything.textContent = 'All parts';
  }
  filter.append(...sectionOrder(indexed.values).map((value) => element('option', { value }, value)));
}
