import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { sectionSchema } from './schemas/section.ts';

/** Where the report lives; tests and the benchmark point this at fixtures and synthetic corpora. */
const contentDir = process.env['SITE_CONTENT_DIR'] ?? './content';

/** One MDX file per part of the report, in the order given by each file's `order`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${contentDir}/sections` }),
  schema: sectionSchema,
});

export const collections = { sections };
