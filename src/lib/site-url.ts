/** Where a build made without SITE_URL says the site lives: a reserved domain, never ours. */
export const PLACEHOLDER_SITE_URL = 'https://un-women-15cm.example.org';

/** True when the build was not told its public origin (the deploy integration then warns once). */
export const SITE_URL_IS_PLACEHOLDER = !process.env['SITE_URL'];

/** The one place the public origin is set; canonical URLs, the sitemap and citations derive from it. */
export const SITE_URL = process.env['SITE_URL'] || PLACEHOLDER_SITE_URL;
