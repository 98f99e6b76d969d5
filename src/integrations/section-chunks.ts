import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { normalizePath, type Plugin, type Rolldown } from 'vite';

/** The name of the chunk that holds every section's compiled MDX (`section-texts_<hash>.mjs`). */
export const SECTION_TEXTS_CHUNK = 'section-texts';
/** The name of the chunk that holds Astro's wrapper of every section file (`section-wrappers_<hash>.mjs`). */
export const SECTION_WRAPPERS_CHUNK = 'section-wrappers';

/** The query Astro gives the module it wraps a content entry in, which imports the entry when rendered. */
export const WRAPPER_QUERY = '?astroPropagatedAssets';

/**
 * How the build's bundler splits its output: every section file's compiled MDX in one chunk, and
 * Astro's wrappers of them in another. By default each is a chunk of its own, written to disk on
 * every build, cold or not, and deleted after the pages: for the 300 parts, Astro's bundle folder
 * held 351 files and 653 writes (each wrapper written twice, as Astro fills in its styles and
 * links after the bundle is written); grouped, 51 files and 53 writes. The wrappers stay apart
 * from the texts, so that a page loads the texts only when it renders one. Only the prerender
 * build has section modules; what the browser loads is unchanged.
 */
export function sectionChunking(sectionsDir: string): Rolldown.OutputOptions {
  // As Vite names modules: absolute, with forward slashes.
  const prefix = `${normalizePath(resolve(sectionsDir))}/`;
  return {
    codeSplitting: {
      groups: [
        { name: SECTION_TEXTS_CHUNK, test: (id: string) => id.startsWith(prefix) && id.endsWith('.mdx') },
        { name: SECTION_WRAPPERS_CHUNK, test: (id: string) => id.startsWith(prefix) && id.endsWith(`.mdx${WRAPPER_QUERY}`) },
      ],
    },
  };
}

/**
 * What Astro writes in each wrapper for the styles and links of the entry, and fills in once the
 * bundle is written: in a chunk, it fills in the first of each with what every module of the chunk
 * propagates, and leaves the others as they are (as its `vite-plugin-content-assets.js` reads; the
 * test imitates it). Astro exports neither these names nor `WRAPPER_QUERY`: the test holds them
 * against its own.
 */
export const ASTRO_PLACEHOLDERS = { links: '@@ASTRO-LINKS@@', styles: '@@ASTRO-STYLES@@' } as const;

/**
 * The wrappers' chunk with each placeholder written once, in a constant that every wrapper reads,
 * so that Astro's one fill-in reaches them all. Each section then carries the styles of every
 * section's components (none in this report, whose sections import none), rather than only the
 * first wrapper carrying them.
 */
function sharePlaceholders(code: string): string {
  const shared = Object.entries(ASTRO_PLACEHOLDERS).map(([name, placeholder]) => {
    const constant = `__sectionWrappers_${name}`;
    return { literal: JSON.stringify(placeholder), constant };
  });
  let out = code;
  for (const { literal, constant } of shared) out = out.replaceAll(literal, constant);
  return `${shared.map(({ literal, constant }) => `const ${constant} = ${literal};`).join('\n')}\n${out}`;
}

export function wrappersSharePlaceholders(): Plugin {
  return {
    name: 'section-wrappers-placeholders',
    apply: 'build',
    renderChunk: (code, chunk) => (chunk.name === SECTION_WRAPPERS_CHUNK ? { code: sharePlaceholders(code), map: null } : null),
  };
}

export function sectionChunks(sectionsDir: string): AstroIntegration {
  return {
    name: 'section-chunks',
    hooks: {
      'astro:config:setup': ({ updateConfig }) =>
        void updateConfig({ vite: { plugins: [wrappersSharePlaceholders()], build: { rolldownOptions: { output: sectionChunking(sectionsDir) } } } }),
    },
  };
}
