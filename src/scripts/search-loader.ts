/**
 * The only search code every page loads. It marks the header field up as a combobox and fetches
 * the search UI, Pagefind and the index only when the reader focuses the field, presses Ctrl+K
 * (⌘K) or opens the search page with a query; and it fetches the highlighter (its own, smaller
 * chunk) only when a search result (or a `?highlight=` address) opened this page.
 */
import highlightChunk from 'virtual:un15cm/highlight-chunk-url';
import searchChunk from 'virtual:un15cm/search-chunk-url';

// The same key as src/scripts/search/handoff.ts (a unit test holds them together): importing it
// from there would split it into a chunk of its own, one more request on every page.
const HANDOFF_KEY = 'un15cm:search-highlight';

type SearchChunk = typeof import('./search/lazy.ts');
type HighlightChunk = typeof import('./search/arrival.ts');
const load = () => import(/* @vite-ignore */ searchChunk) as Promise<SearchChunk>;
const loadHighlighter = () => import(/* @vite-ignore */ highlightChunk) as Promise<HighlightChunk>;
const params = new URLSearchParams(location.search);
const input = document.querySelector<HTMLInputElement>('#site-search');

function hasHandoff(): boolean {
  try {
    return sessionStorage.getItem(HANDOFF_KEY) !== null;
  } catch {
    return false;
  }
}

if (input) {
  // aria-controls comes with the listbox it names, when the search UI is built.
  const combobox = {
    role: 'combobox',
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
    'aria-keyshortcuts': 'Control+K Meta+K',
  };
  for (const [name, value] of Object.entries(combobox)) input.setAttribute(name, value);

  const field = input;
  const start = async () => (await load()).mountSearch(field, loadHighlighter);
  let ui: ReturnType<typeof start> | undefined;
  const ready = () => (ui ??= start());

  input.addEventListener('focus', () => void ready(), { once: true });
  document.addEventListener('keydown', (event) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'k') return;
    event.preventDefault();
    const previous = document.activeElement;
    field.focus();
    field.select();
    void ready().then((search) => search?.returnFocusTo(previous));
  });
  // The search page opened with a query shows its results straight away.
  if (params.get('q') && document.querySelector('[data-search-page]')) void ready();
}

if (params.has('highlight') || hasHandoff()) void loadHighlighter().then(({ highlightOnArrival }) => highlightOnArrival());
