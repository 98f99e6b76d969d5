/** The one place the public origin is set; canonical URLs, the sitemap and citations derive from it. */
export const SITE_URL = process.env['SITE_URL'] ?? 'https://un-women-15cm.example.org';
