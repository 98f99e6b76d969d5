import { z } from 'astro/zod';

/** A CSL-JSON date: `date-parts` holds one [year, month, day], or two for a range. */
const dateParts = z.tuple([z.number().int(), z.number().int().min(1).max(12), z.number().int().min(1).max(31)]);
const cslDate = z.object({ 'date-parts': z.union([z.tuple([dateParts]), z.tuple([dateParts, dateParts])]) }).strict();

/**
 * The report's bibliographic record (`content/report.csl.json`), one CSL-JSON item of type `report`.
 * Every citation format, the metadata in the pages' heads and the facts the pages print derive from
 * it; the build adds only the page address (`URL`) and, for a section, its part.
 */
export const reportRecordSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+$/, 'lower-case letters and digits (it is also the BibTeX key)'),
    'citation-key': z.string().min(1),
    type: z.literal('report'),
    title: z.string().min(1),
    /** A corporate author is one `literal` name, never split into given and family names. */
    author: z.array(z.object({ literal: z.string().min(1) }).strict()).length(1),
    issued: cslDate,
    /** What kind of document the number identifies; printed before it ("UN document UN/POP/..."). */
    genre: z.string().min(1),
    /** The document symbol. */
    number: z.string().min(1),
    publisher: z.string().min(1),
    'publisher-place': z.string().min(1),
    'event-title': z.string().min(1),
    'event-place': z.string().min(1),
    'event-date': cslDate,
    language: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/, 'a language tag such as en'),
    /** CSL-JSON's place for facts without a CSL variable. */
    custom: z.object({ authorFullName: z.string().min(1) }).strict(),
  })
  .strict()
  .refine((record) => record['citation-key'] === record.id, { message: 'must equal id', path: ['citation-key'] });

export type ReportRecord = z.infer<typeof reportRecordSchema>;
