import { z } from 'astro/zod';

/** An id in `content/glossary.yaml`: the entry's key, also its anchor `#term-ID` on the glossary page. */
export const glossaryIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens');

/** A way the report prints something: matched case-sensitively, as whole words, in its text. */
const wording = z.string().min(2).refine((value) => value.trim() === value, 'no leading or trailing spaces');

/** One acronym or named body the report uses (`content/glossary.yaml`, keyed by id). All prose here is ours. */
export const glossaryEntrySchema = z
  .object({
    /** The term as the glossary lists it, usually as the report prints it (e.g. "GMG", "New York Declaration"). */
    term: z.string().min(1),
    /** What the acronym stands for, or the body's full name. */
    expansion: z.string().min(2),
    /** One line of our own on what it is, for readers outside the UN system. */
    description: z.string().min(20).max(320).regex(/[.)]$/, 'one or two sentences ending with a full stop'),
    /** The official name, given only where the report's wording differs from it. */
    officialName: z.string().min(2).optional(),
    /** The report's own wording that differs from `officialName`, quoted as printed. */
    reportWording: z.string().min(2).optional(),
    /**
     * Acronyms and short forms as printed (e.g. "CSW61", "UN Women"). Each occurrence counts as a
     * use; the first in each passage is marked in the text with its expansion. Every all-capitals
     * token in the report's text must be one of these, or the build fails.
     */
    acronyms: z.array(wording).default([]),
    /** Other wordings the report uses for it (e.g. "Global Migration Group"): found for backlinks, not marked. */
    mentions: z.array(wording).default([]),
    /** Passages that use this entry offer each other as "see also" (a subject the report returns to). */
    crossReference: z.boolean().default(false),
    /** A page of this edition with more on the entry. */
    page: z
      .object({
        /** Relative to the site root, e.g. `sdg/`. */
        path: z.string().regex(/^[a-z0-9-]+\/$/, 'a site path such as sdg/'),
        /** The link's text. */
        label: z.string().min(3),
      })
      .strict()
      .optional(),
  })
  .strict()
  .refine((entry) => entry.acronyms.length + entry.mentions.length > 0, {
    message: 'give at least one acronym or mention, so the entry can be found in the text',
    path: ['mentions'],
  })
  .refine((entry) => (entry.officialName === undefined) === (entry.reportWording === undefined), {
    message: 'officialName and reportWording go together: the official name, and the report wording that differs',
    path: ['officialName'],
  });

export type GlossaryEntryData = z.infer<typeof glossaryEntrySchema>;

/** A validated entry with its id. */
export interface GlossaryEntry extends GlossaryEntryData {
  id: string;
}
