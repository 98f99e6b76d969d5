import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { normalizePath, type Rolldown } from 'vite';

/** The name of the chunk that holds every section's compiled MDX (`section-texts_<hash>.mjs`). */
export const SECTION_TEXTS_CHUNK = 'section-texts';

/**
 * How the build's bundler splits its output: every section file's compiled MDX in one chunk. By
 * default each becomes a chunk of its own, beside the one Astro wraps it in (`?astroPropagatedAssets`,
 * which stays per file: Astro fills in only the first wrapper's styles and links in each chunk, as
 * its `vite-plugin-content-assets.js` reads), so a 300-part report was bundled into 644 files,
 * written and deleted on every build; grouped, 342. Only the prerender build has section modules;
 * what the browser loads is unchanged.
 */
export function sectionChunking(sectionsDir: string): Rolldown.OutputOptions {
  // As Vite names modules: absolute, with forward slashes.
  const prefix = `${normalizePath(resolve(sectionsDir))}/`;
  return { codeSplitting: { groups: [{ name: SECTION_TEXTS_CHUNK, test: (id: string) => id.startsWith(prefix) && id.endsWith('.mdx') }] } };
}

export function sectionChunks(sectionsDir: string): AstroIntegration {
  return {
    name: 'section-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => void updateConfig({ vite: { build: { rolldownOptions: { output: sectionChunking(sectionsDir) } } } }),
    },
  };
}
