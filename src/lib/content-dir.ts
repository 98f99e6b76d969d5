/**
 * Where the report lives; tests and the benchmark point this at fixtures and synthetic corpora.
 * The content collections and the build-time plugins (which read the glossary and SDG data
 * before Astro loads any collection) must agree on it, so it is decided here once.
 */
export const CONTENT_DIR = process.env['SITE_CONTENT_DIR'] ?? './content';
