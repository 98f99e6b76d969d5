/**
 * The only search code every page loads. It marks the header field up as a combobox and fetches
 * the search UI, Pagefind and the index only when the reader focuses the field, presses Ctrl+K
 * (⌘K) or opens the search page; and it fetches the highlighter only when a search result (or a
 * `?highlight=` address) opened this page.
 */
import { HANDOFF_KEY } from './search/storage-key.ts';

const input = document.querySelector<HTMLInputElement>('#site-search');

function hasHandoff(): boolean {
  try {
    return sessionStorage.getItem(HANDOFF_KEY) !== null;
  } catch {
    return false;
  }
}

if (input) {
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'site-search-results');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-keyshortcuts', 'Control+K Meta+K');
  input.form?.setAttribute('data-enhanced', '');

  const field = input;
  const start = async () => (await import('./search/lazy.ts')).mountSearch(field);
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
  if (document.querySelector('[data-search-panel][data-inline="true"]')) void ready();
}

if (hasHandoff() || new URLSearchParams(location.search).has('highlight')) {
  void import('./search/lazy.ts').then(({ highlightOnArrival }) => highlightOnArrival());
}
