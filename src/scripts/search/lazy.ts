/**
 * Everything search does beyond the loader, as one chunk: one request, cached for every page,
 * and no chunk graph for the bundler to preload (which would put its preload helper in the loader).
 */
export { mountSearch } from './ui.ts';
export { highlightOnArrival } from './landing.ts';
