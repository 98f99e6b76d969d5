/**
 * The only citation code a page with a citation loads: the copy buttons, the note and the passage address
 * (src/scripts/citation.ts) matter only inside the opened citation, so they are fetched when the
 * reader first opens it, and every section page's first load stays within its JavaScript budget.
 */
import citationChunk from 'virtual:un15cm/citation-chunk-url';

document.querySelector('[data-citation]')?.addEventListener('toggle', () => void import(/* @vite-ignore */ citationChunk), { once: true });
