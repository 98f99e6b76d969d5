import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkPages, formatProblems, unneededAllowances, type BuiltPage } from './check-pages.ts';

export interface ContentChecksOptions {
  /** Base-relative paths that may be linked before they exist (see `CheckOptions.allowMissing`). */
  allowMissing?: readonly string[];
}

/**
 * Fails `astro build` when a built page links to a file or `#fragment` that does not exist, or uses
 * an id twice, naming the content file (`data-source`) or page at fault. Runs on the emitted HTML,
 * so it sees links from MDX, layouts and components alike, exactly as readers will.
 */
export function contentChecks(options: ContentChecksOptions = {}): AstroIntegration {
  let site = 'https://site.invalid';
  let base = '/';
  return {
    name: 'content-checks',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site !== undefined) site = config.site;
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile())
          .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
        const htmlFiles = files.filter((name) => name.endsWith('.html')).sort();
        // Read one page at a time: a large corpus's HTML need not all sit in memory at once.
        function* pages(): Generator<BuiltPage> {
          for (const file of htmlFiles) {
            yield { file, html: readFileSync(join(root, file), 'utf8') };
          }
        }
        const checkOptions = { site, base, files: new Set(files), allowMissing: options.allowMissing ?? [] };
        for (const path of unneededAllowances(checkOptions)) {
          logger.warn(`"${path}" now exists: remove it from contentChecks({ allowMissing }) in astro.config.mjs`);
        }
        const problems = checkPages(pages(), checkOptions);
        if (problems.length > 0) throw new Error(formatProblems(problems));
        logger.info(`${htmlFiles.length} pages: every internal link and #fragment resolves, no id is used twice`);
      },
    },
  };
}
