/**
 * The highlighter, as a chunk of its own (`src/integrations/search-chunk.ts`): a page opened from a
 * search result, or from a `?highlight=` address, fetches this and its stylesheet rather than the
 * whole search UI, and the search UI fetches it only when the reader picks a result on the page
 * already open. It shares no module with the search chunk, which would split both into a third
 * file; what it shows waits for its stylesheet, so nothing is drawn unstyled.
 */
import stylesheet from '../../styles/search-highlight.css?url';
import { highlightOnArrival as markOnArrival, showHighlights as mark } from './landing.ts';

const styled = new Promise<void>((resolve) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
  // Unstyled highlighting still marks the words.
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
  document.head.append(link);
});

export async function highlightOnArrival(): Promise<void> {
  await styled;
  markOnArrival();
}

export async function showHighlights(...args: Parameters<typeof mark>): Promise<ReturnType<typeof mark>> {
  await styled;
  return mark(...args);
}
