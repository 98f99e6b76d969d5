import { z } from 'astro/zod';

/** Frontmatter of one part of the report (`content/sections/*.mdx`). */
export const sectionSchema = z
  .object({
    /** The heading exactly as printed, without its label (e.g. "Chair of the GMG"). */
    title: z.string().min(1),
    /** Our short name for navigation, breadcrumbs and previous/next links. */
    navTitle: z.string().min(1).max(40),
    /** The label as printed before the heading ("A", "1", "2", "B"); the title page has none. */
    label: z.string().regex(/^[A-Z0-9]{1,3}$/, 'a printed label such as A, 1 or B').optional(),
    /** `title-page` renders its own heading from the body; a `section` gets its heading from `label` and `title`. */
    kind: z.enum(['title-page', 'section']).default('section'),
    /** Position in the report; unique across sections (checked in `src/lib/sections.ts`). */
    order: z.number().int().nonnegative(),
    /** Slug of the enclosing section, for breadcrumbs and heading levels (A.1 and A.2 sit under A). */
    parent: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Prefix of every passage id in this section, e.g. `gmg` gives `#gmg-meeting-7`; unique across sections. */
    idPrefix: z.string().regex(/^[a-z][a-z0-9]*$/, 'lower-case letters and digits, starting with a letter'),
    /** The word for this section's numbered list items in their ids (`meeting` gives `gmg-meeting-7`). */
    listItemNoun: z.string().regex(/^[a-z]+$/).default('item'),
    /**
     * Former file names (slugs) of this section. Each old address keeps serving a page that sends
     * the reader on, `#fragment` included, to this section (README, "Addresses").
     */
    movedFrom: z.array(z.string().regex(/^[a-z0-9-]+$/, 'a former file name, without .mdx')).default([]),
    /** One sentence of our own: the meta description and the contents listing. */
    description: z.string().min(20).max(200).regex(/\.$/, 'one sentence ending with a full stop'),
  })
  .strict()
  .refine((data) => (data.kind === 'section') === (data.label !== undefined), {
    message: 'a section needs a label and the title page has none',
    path: ['label'],
  });

export type SectionData = z.infer<typeof sectionSchema>;
