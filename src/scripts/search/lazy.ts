/**
 * The search UI beyond the loader, as one chunk: one request, cached for every page, and no chunk
 * graph for the bundler to preload (which would put its preload helper in the loader). The
 * highlighter a search result's page runs is a chunk of its own (./arrival.ts). The stylesheet
 * comes with the chunk rather than with every page, which only needs it once search is used;
 * what the chunk shows waits for it, so nothing is drawn unstyled.
 */
import stylesheet from '../../styles/search.css?url';
import { mountSearch as mount } from './ui.ts';

const styled = new Promise<void>((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  link.addEventListener('load', () => resolve());
  // Unstyled search still works.
  link.addEventListener('error', () => resolve());
  document.head.append(link);
});

export async function mountSearch(...args: Parameters<typeof mount>): Promise<ReturnType<typeof mount>> {
  await styled;
  return mount(...args);
}
