import { join } from 'node:path';

/**
 * Where the report lives; tests and the benchmark point this at fixtures and synthetic corpora.
 * The content collections and the build-time plugins (which read the glossary and SDG data
 * before Astro loads any collection) must agree on it, so it is decided here once.
 */
export const CONTENT_DIR = process.env['SITE_CONTENT_DIR'] ?? './content';

/** The section files, one MDX file per part of the report. */
export const SECTIONS_DIR = join(CONTENT_DIR, 'sections');
