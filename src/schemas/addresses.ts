import { z } from 'astro/zod';
import { ID_SHAPE } from '../lib/passage-ids.ts';

/** A page's address inside the site, base excluded: `/` or `/chair-of-the-gmg/`. */
export const pagePathSchema = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'a page path such as /chair-of-the-gmg/');

/** One passage removed on purpose; its address lands on its section with a note. */
export const retiredSchema = z
  .object({
    /** The passage id that was published (`gmg-at-the-summit-member-states-adopted`). */
    id: z.string().regex(ID_SHAPE, 'lower-case letters and digits joined by hyphens'),
    /** The page it was published on, as listed under `pages`. */
    page: pagePathSchema,
    /** The revision that removed it, as the note names it ("March 2027"). */
    revision: z.string().min(1),
  })
  .strict();

/** `content/addresses.yaml`: every address the edition has published. */
export const registerSchema = z
  .object({
    /** Each published page, with the passage ids published on it in reading order (`[]` for none). */
    pages: z.record(pagePathSchema, z.array(z.string().regex(ID_SHAPE, 'lower-case letters and digits joined by hyphens'))),
    /** Passages removed on purpose. */
    retired: z.array(retiredSchema).default([]),
  })
  .strict();

export type RegisterData = z.infer<typeof registerSchema>;
export type Retired = z.infer<typeof retiredSchema>;
