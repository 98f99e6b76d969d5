// The function `astro:content` re-exports, from the module Astro's package exports for it: every
// build's content sync runs this file through Vite's module runner, and `astro:content` would have
// it transform Astro's page-rendering runtime too (about sixty modules; README, "Rebuilds") for a
// function that only checks its argument and marks it as a content-layer collection.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { parseKeyedYaml } from './lib/data-files.ts';
import { glossaryEntrySchema } from './schemas/glossary.ts';
import { sdgEntrySchema } from './schemas/sdg.ts';
import { sectionSchema } from './schemas/section.ts';

/** One MDX file per part of the report, in the order given by each file's `order`. */
const sections = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_DIR}/sections` }),
  schema: sectionSchema,
});

/** Our glossary of the report's acronyms and named bodies, keyed by id. */
const glossary = defineCollection({
  loader: file(`${CONTENT_DIR}/glossary.yaml`, { parser: (text) => parseKeyedYaml(text, 'glossary.yaml') }),
  schema: glossaryEntrySchema,
});

/** The SDG goals and targets the report refers to, with their official wording. */
const sdg = defineCollection({
  loader: file(`${CONTENT_DIR}/sdg.yaml`, { parser: (text) => parseKeyedYaml(text, 'sdg.yaml') }),
  schema: sdgEntrySchema,
});

export const collections = { sections, glossary, sdg };
