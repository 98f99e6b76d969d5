/**
 * Astro's build cache (`cacheDir`): its content store, and the preview cards already drawn. Tests and
 * the benchmark give each build its own; astro.config.mjs and the cards must agree on it, so it is
 * decided here once.
 */
export const CACHE_DIR = process.env['SITE_CACHE_DIR'] ?? './node_modules/.astro';
