/** The sessionStorage key under which a search result leaves the words to highlight for the page it opens. */
export const HANDOFF_KEY = 'un15cm:search-highlight';
