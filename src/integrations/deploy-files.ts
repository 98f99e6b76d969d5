import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { HEADER_POLICY } from '../lib/content-security-policy.ts';
import { formatHeaders, headerRules } from '../lib/headers-file.ts';
import { PLACEHOLDER_SITE_URL, SITE_URL_IS_PLACEHOLDER } from '../lib/site-url.ts';

export interface DeployFilesOptions {
  /** Whether SITE_URL was left unset; read from the environment unless given (tests give it). */
  siteUrlIsPlaceholder?: boolean;
}

export const PLACEHOLDER_WARNING =
  `SITE_URL is not set, so canonical URLs, the sitemap, citations and link-preview images name the placeholder ` +
  `${PLACEHOLDER_SITE_URL}. Fine for a local look; to deploy, build with SITE_URL=https://your.host ` +
  `(and SITE_BASE=/sub-path/ if the site is not at the host's root). See README.md, "Deploy".`;

/**
 * What a deployment needs beyond the pages: one warning when the build does not know its public
 * address, and `_headers` (Netlify, Cloudflare Pages) with the security headers and caching policy,
 * its Content-Security-Policy the pages' own (src/lib/content-security-policy.ts) plus frame-ancestors.
 */
export function deployFiles(options: DeployFilesOptions = {}): AstroIntegration {
  const placeholder = options.siteUrlIsPlaceholder ?? SITE_URL_IS_PLACEHOLDER;
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
        const comment = 'Written by `astro build` (src/integrations/deploy-files.ts); README.md, "Deploy", explains each header.';
        await writeFile(join(fileURLToPath(dir), '_headers'), formatHeaders(headerRules(HEADER_POLICY, base), comment));
        logger.info(`_headers: security headers and caching for ${base}*`);
      },
    },
  };
}
