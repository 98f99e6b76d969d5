import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerRules, mergePolicies, metaPolicy } from '../lib/headers-file.ts';
import { PLACEHOLDER_SITE_URL, SITE_URL_IS_PLACEHOLDER } from '../lib/site-url.ts';
import { builtPages, type BuiltPages } from './built-pages.ts';

export interface DeployFilesOptions {
  /** Whether SITE_URL was left unset; read from the environment unless given (tests give it). */
  siteUrlIsPlaceholder?: boolean;
  /** The one read of the built site that the other integrations share (`built-pages.ts`). */
  pages?: BuiltPages;
}

export const PLACEHOLDER_WARNING =
  `SITE_URL is not set, so canonical URLs, the sitemap, citations and link-preview images name the placeholder ` +
  `${PLACEHOLDER_SITE_URL}. Fine for a local look; to deploy, build with SITE_URL=https://your.host ` +
  `(and SITE_BASE=/sub-path/ if the site is not at the host's root). See README.md, "Deploy".`;

/** What only an HTTP header can say: no other site may frame these pages. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

/**
 * What a deployment needs beyond the pages: one warning when the build does not know its public
 * address, and `_headers` (Netlify, Cloudflare Pages) with the security headers and caching policy,
 * its Content-Security-Policy made from the pages' own meta policies so the two always agree.
 */
export function deployFiles(options: DeployFilesOptions = {}): AstroIntegration {
  const placeholder = options.siteUrlIsPlaceholder ?? SITE_URL_IS_PLACEHOLDER;
  const site = options.pages ?? builtPages();
  let base = '/';
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command === 'build' && placeholder) logger.warn(PLACEHOLDER_WARNING);
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { root, pages } = await site.read(dir);
        // Astro writes one site-wide policy, so the set stays one entry however many pages there are.
        const policies = new Set<string>();
        for (const page of pages) {
          const policy = metaPolicy(page.html);
          if (policy !== undefined) policies.add(policy);
        }
        if (policies.size === 0) throw new Error('[deploy-files] no built page has a Content-Security-Policy meta tag to derive the header from');
        const csp = mergePolicies([...policies], HEADER_ONLY);
        const comment = 'Written by `astro build` (src/integrations/deploy-files.ts); README.md, "Deploy", explains each header.';
        await writeFile(join(root, '_headers'), formatHeaders(headerRules(csp, base), comment));
        logger.info(`_headers: security headers and caching for ${base}* (policy from ${policies.size} distinct meta CSP)`);
      },
    },
  };
}
