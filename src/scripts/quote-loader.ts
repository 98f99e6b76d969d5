/**
 * The only quote-link code every page loads: on a page with the report's text, the first
 * selection (by mouse, keyboard or touch), or arriving by a link with a text fragment
 * (`#id:~:text=...`), fetches the rest (`src/scripts/quote/lazy.ts`).
 */
import quoteChunk from 'virtual:un15cm/quote-chunk-url';

type QuoteChunk = typeof import('./quote/lazy.ts');
let started: Promise<unknown> | undefined;
/** The chunk may arrive after the keys that made the selection, so the way it was made is noted here. */
let byKeyboard = false;
const start = () => (started ??= (import(/* @vite-ignore */ quoteChunk) as Promise<QuoteChunk>).then((quote) => quote.start(byKeyboard)));

if (document.querySelector('.report-text')) {
  document.addEventListener('keydown', () => (byKeyboard = true), true);
  document.addEventListener('pointerdown', () => (byKeyboard = false), true);
  document.addEventListener('selectionchange', () => {
    if (!started && getSelection()?.isCollapsed === false) void start();
  });
  const [navigation] = performance.getEntriesByType('navigation');
  if (navigation?.name.includes(':~:')) void start();
}
