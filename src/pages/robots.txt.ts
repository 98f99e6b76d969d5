import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths.ts';

/**
 * Everything may be crawled; the sitemap (written by @astrojs/sitemap as `sitemap-index.xml`) is
 * named with the site URL and base. Crawlers read robots.txt only at the root of a host, so under
 * a sub-path base this file is served but only the host's own robots.txt counts.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemap.href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
