import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// Starlight's own docsLoader() reads only src/content/docs/; the bench writes its content to a temp folder.
const base = process.env.STARLIGHT_DOCS_DIR;
if (base === undefined) throw new Error('STARLIGHT_DOCS_DIR is unset: run this site through `npm run bench` at the repository root');

export const collections = {
  docs: defineCollection({ loader: glob({ base, pattern: '**/[^_]*.{md,mdx}' }), schema: docsSchema() }),
};
