import synonymGroups from 'virtual:un15cm/search-synonyms';
import { withBase } from '../../lib/paths.ts';
import { correct, showCorrection, unmatchedWords } from './did-you-mean.ts';
import { encodeHandoff, HANDOFF_KEY } from './handoff.ts';
import { indexedFilter, loadPagefind, searchPassages } from './pagefind.ts';
import { buildPanel, fillFilter, IDLE_SUMMARY, type PanelParts } from './panel.ts';
import type { PassageResult } from './passages.ts';
import { MAX_WORDS, prepareQuery } from './query.ts';
import { countMessage, renderOption, shortQuery } from './render.ts';
import type { Correction } from './spelling.ts';
import { querySearches, synonymRules } from './synonyms.ts';
import { AS_TYPED_PARAM, searchPageUrl } from './url.ts';

/**
 * Long enough to coalesce a burst of keystrokes (key repeat, a fast typist), short enough to feel
 * immediate: a warm search takes a few milliseconds, so this is much of keystroke-to-results. A
 * query typed past before its results arrive fetches no fragments (`stale` in `searchPassages`),
 * so a short wait costs little.
 */
const DEBOUNCE_MS = 25;
/**
 * Results shown in the header's drop-down, and on the search page. Each costs Pagefind a fragment
 * to read, and a longer drop-down is harder to scan; Enter opens the search page with more.
 */
const MAX_RESULTS = { dropdown: 10, page: 40 };
const rules = synonymRules(synonymGroups);

type State = 'idle' | 'loading' | 'done' | 'empty' | 'error';

export interface SearchUi {
  /** Where Escape sends focus back to, when search was opened with the keyboard shortcut. */
  returnFocusTo(element: Element | null): void;
}

interface Parts extends PanelParts {
  input: HTMLInputElement;
  form: HTMLFormElement;
  status: HTMLElement;
}

/** Fetches the highlighter, its own chunk (`./arrival.ts`), the first time it is called. */
export type LoadHighlighter = () => Promise<typeof import('./arrival.ts')>;

/**
 * A result on the page already open: the browser only moves to the passage, so the words are
 * marked here, by the highlighter; a keyboard pick also moves the focus to the passage.
 */
async function markHere(loadHighlighter: LoadHighlighter, result: PassageResult, query: string, focus: boolean): Promise<void> {
  const { showHighlights } = await loadHighlighter();
  await showHighlights(result.terms, query, result.id);
  const target = document.getElementById(result.id);
  if (target && focus) {
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
  }
}

/**
 * Builds the panel (src/scripts/search/panel.ts) where it goes: in the search page's body
 * (`[data-search-page]`), or dropping down from the header field.
 */
function placeParts(input: HTMLInputElement): Parts | undefined {
  const { form } = input;
  const status = document.getElementById('site-search-status');
  const slot = document.querySelector('[data-search-page]');
  const field = input.parentElement;
  if (!form || !status || !field) return undefined;
  const parts = buildPanel(slot !== null);
  (slot ?? field).append(parts.panel);
  input.setAttribute('aria-controls', parts.listbox.id);
  return { ...parts, input, form, status };
}

/**
 * The WAI-ARIA combobox: the header field, a listbox of passage results, a section filter.
 * `loadHighlighter` comes from the loader, which has the highlighter's address (importing that
 * here too would put it in a file of its own that every page fetched).
 */
export function mountSearch(input: HTMLInputElement, loadHighlighter: LoadHighlighter): SearchUi | undefined {
  const parts = placeParts(input);
  if (!parts) return undefined;
  const { form, panel, listbox, summary, correction, help, filter, status } = parts;
  const inline = panel.dataset['inline'] === 'true';
  let results: PassageResult[] = [];
  let options: HTMLAnchorElement[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let returnFocus: Element | null = null;
  let lastQuery = '';
  /** The reader chose "Search for … instead?": this query is searched as typed, never corrected. */
  let asTyped = false;

  const setState = (state: State): void => {
    listbox.dataset['searchState'] = state;
    listbox.setAttribute('aria-busy', String(state === 'loading'));
  };

  const isOpen = (): boolean => input.getAttribute('aria-expanded') === 'true';

  const setActive = (index: number): void => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const open = (): void => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const close = (): void => {
    setActive(-1);
    // On the search page the listbox stays on show; elsewhere it collapses.
    if (inline) return;
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const announce = (message: string): void => {
    // A trailing no-break space toggles so that the same count is announced again for a new query.
    status.textContent = status.textContent === message ? `${message}\u00a0` : message;
  };

  const show = (state: State, message: string, withHelp = false): void => {
    setState(state);
    summary.textContent = message;
    help.hidden = !withHelp;
  };

  const clearOptions = (): void => {
    setActive(-1);
    options = [];
    results = [];
    listbox.replaceChildren();
  };

  /**
   * On the search page the address follows the query. The first change after a finished search
   * (the page's own query, Enter, a new filter) adds a history entry and later keystrokes update
   * it, so Back steps from search to search rather than from letter to letter.
   */
  let committed = true;
  const syncUrl = (): void => {
    if (!inline) return;
    const url = searchPageUrl(location.href, input.value, filter.value, asTyped);
    if (url === location.href) return;
    if (committed) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    committed = false;
  };

  const commit = (): void => {
    syncUrl();
    committed = true;
    runNow();
  };

  const run = async (raw: string): Promise<void> => {
    const current = ++sequence;
    lastQuery = raw;
    const prepared = prepareQuery(raw);
    clearOptions();
    showCorrection(correction, undefined, '', { text: '', href: '' });
    if (prepared.kind === 'blank') {
      show('idle', IDLE_SUMMARY);
      announce('');
      if (raw === '' && !inline) close();
      else open();
      return;
    }
    open();
    const shown = shortQuery(raw);
    if (prepared.kind === 'no-words') {
      show('empty', `“${shown}” has no letters or numbers to search for.`, true);
      announce('No results: type a word or a number.');
      return;
    }
    if (prepared.kind === 'too-long') {
      show('empty', 'No word in the report is that long.', true);
      announce('No results.');
      return;
    }
    show('loading', 'Searching…');
    try {
      const limit = inline ? MAX_RESULTS.page : MAX_RESULTS.dropdown;
      const filterName = filter.dataset['searchFilter'] || 'section';
      const stale = () => current !== sequence;
      const find = (search: string) => searchPassages(querySearches(search, rules), filter.value, limit, filterName, stale);
      // Each word is looked up alone while the passages are read, which only waits on fragments.
      const [first, unmatched] = await Promise.all([
        find(prepared.search),
        asTyped ? new Set<string>() : unmatchedWords(prepared.search),
      ]);
      let outcome = first;
      // A word that matches nothing: search for the closest words of the report instead, and say so.
      let corrected: Correction | undefined;
      if (unmatched.size > 0 && !stale()) {
        corrected = await correct(prepared.search, unmatched).catch(() => undefined);
        const again = corrected && !stale() ? await find(corrected.search) : undefined;
        if (again && again.results.length > 0) outcome = again;
        else corrected = undefined;
      }
      if (current !== sequence) return;
      results = outcome.results.slice(0, limit);
      const where = filter.value === '' ? '' : ` in ${filter.selectedOptions[0]?.textContent ?? filter.value}`;
      const note = prepared.truncated ? ` Only the first ${MAX_WORDS} words were searched.` : '';
      if (results.length === 0) {
        show('empty', `Nothing matches “${shown}”${where}.${note}`, true);
        announce(`No results for ${shown}.`);
        return;
      }
      options = results.map(renderOption);
      listbox.replaceChildren(...options);
      const searched = corrected ? shortQuery(corrected.search) : shown;
      const typed = { text: shown, href: searchPageUrl(new URL(withBase('search/'), location.href).href, raw, filter.value, true) };
      showCorrection(correction, corrected, searched, typed);
      const instead = corrected ? `Showing results for ${searched}. ` : '';
      const count = outcome.complete
        ? countMessage(outcome.results.length, outcome.sections)
        : `Matches in ${outcome.sections} sections`;
      const capped = results.length < outcome.results.length || !outcome.complete;
      const best = capped ? ` The best ${results.length} are shown${inline ? '' : '; press Enter for more'}.` : '';
      show('done', `${count}${where} for “${searched}”.${best}${note}`);
      announce(`${instead}${count}.${best}`);
    } catch {
      if (current !== sequence) return;
      show('error', 'Search could not be loaded. The contents and the full report are below.', true);
      announce('Search could not be loaded.');
    }
  };

  const schedule = (): void => {
    asTyped = false;
    syncUrl();
    clearTimeout(timer);
    // A search still in flight now answers an older query: its results must not be shown.
    sequence += 1;
    const value = input.value;
    if (prepareQuery(value).kind === 'blank') {
      void run(value);
      return;
    }
    // Loading shows at once, so a stale "done" or "empty" never describes the new query.
    clearOptions();
    show('loading', 'Searching…');
    open();
    timer = setTimeout(() => void run(value), DEBOUNCE_MS);
  };

  const runNow = (): void => {
    clearTimeout(timer);
    void run(input.value);
  };

  const handOff = (result: PassageResult): void => {
    try {
      sessionStorage.setItem(HANDOFF_KEY, encodeHandoff({ page: result.page, terms: result.terms, query: lastQuery }));
    } catch {
      // Without storage the result still opens the passage, just without highlighting.
    }
  };

  const dismiss = (): void => {
    close();
    const back = returnFocus;
    returnFocus = null;
    if (back instanceof HTMLElement && back !== input && back !== document.body && back.isConnected) back.focus();
    else if (back === document.body) input.blur();
  };

  input.addEventListener('input', schedule);

  let returningFromPanel = false;
  input.addEventListener('focus', () => {
    if (returningFromPanel) return;
    if (input.value !== '' && listbox.dataset['searchState'] !== 'idle') open();
  });

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!isOpen()) open();
        if (options.length === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
        return;
      }
      case 'Enter': {
        const option = options[active];
        if (option && isOpen()) {
          event.preventDefault();
          option.click();
        } else if (inline) {
          event.preventDefault();
          commit();
        }
        return;
      }
      case 'Escape':
        if (isOpen() || returnFocus) {
          event.preventDefault();
          dismiss();
        }
        return;
      default:
        return;
    }
  });

  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    if (returnFocus) dismiss();
    else {
      close();
      // Back in the field the list stays closed, though focusing the field would reopen it.
      returningFromPanel = true;
      input.focus();
      returningFromPanel = false;
    }
  });

  listbox.addEventListener('click', (event) => {
    const option = (event.target as Element).closest<HTMLAnchorElement>('a[role="option"]');
    const result = results[Number(option?.dataset['index'] ?? -1)];
    if (!option || !result) return;
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!plain || result.page !== location.pathname) {
      handOff(result);
      return;
    }
    close();
    returnFocus = null;
    const query = lastQuery;
    const byKeyboard = event.detail === 0;
    setTimeout(() => void markHere(loadHighlighter, result, query, byKeyboard));
  });

  filter.addEventListener('change', commit);

  correction.addEventListener('click', (event) => {
    const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
    if (!plain || !(event.target as Element).closest('a[data-search-as-typed]')) return;
    event.preventDefault();
    asTyped = true;
    // The link goes with the correction; the field keeps the focus.
    input.focus();
    commit();
  });

  form.addEventListener('submit', (event) => {
    if (!inline) return;
    event.preventDefault();
    commit();
  });

  if (!inline) {
    form.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (!(next instanceof Node) || !form.contains(next)) close();
    });
    document.addEventListener('pointerdown', (event) => {
      if (isOpen() && !form.contains(event.target as Node)) close();
    });
  }

  // The filter's values are one more request, which grows with the report: fetched when the reader
  // reaches for the filter (or an address names a section), not with every first search.
  let filled: Promise<void> | undefined;
  const fill = (): Promise<void> =>
    (filled ??= loadPagefind()
      .then(indexedFilter)
      .then((indexed) => fillFilter(filter, indexed))
      .catch(() => undefined));
  for (const type of ['pointerenter', 'pointerdown', 'focus'] as const) filter.addEventListener(type, () => void fill(), { once: true });

  const fromUrl = (): void => {
    committed = true;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    asTyped = params.has(AS_TYPED_PARAM);
    const section = params.get('section') ?? '';
    const apply = (): void => {
      filter.value = [...filter.options].some((option) => option.value === section) ? section : '';
      runNow();
    };
    if (section === '') apply();
    else void fill().then(apply);
  };

  // The reader has come to search: fetch Pagefind and its WebAssembly now, while they type.
  loadPagefind().catch(() => undefined);

  if (inline) {
    panel.hidden = false;
    window.addEventListener('popstate', fromUrl);
    fromUrl();
  } else if (input.value !== '') {
    runNow();
  }

  form.dataset['searchReady'] = '';
  return {
    returnFocusTo(element) {
      if (element !== input) returnFocus = element;
    },
  };
}

