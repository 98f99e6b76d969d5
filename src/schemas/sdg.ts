import { z } from 'astro/zod';

/** An id in `content/sdg.yaml`, e.g. `goal-5` or `target-8-8`; also its anchor on the SDG page. */
export const sdgIdSchema = z.string().regex(/^(goal-\d+|target-\d+-[0-9a-z]+)$/, 'goal-N or target-N-M');

/** One Sustainable Development Goal or target the report refers to (`content/sdg.yaml`, keyed by id). */
export const sdgEntrySchema = z
  .object({
    /** Whether this is one of the 17 goals or one of their targets. */
    kind: z.enum(['goal', 'target']),
    /** The number as the 2030 Agenda gives it ("5", "8.8"). */
    number: z.string().regex(/^\d+(\.[0-9a-z]+)?$/),
    /** The official wording, word for word from General Assembly resolution A/RES/70/1. */
    wording: z.string().min(10),
    /** How the report refers to it (e.g. "Target 8.8"): each occurrence links to the SDG page. */
    mentions: z.array(z.string().min(3)).min(1),
  })
  .strict()
  .refine((entry) => (entry.kind === 'goal') === !entry.number.includes('.'), {
    message: 'a goal has a whole number and a target a number like 8.8',
    path: ['number'],
  });

export type SdgEntryData = z.infer<typeof sdgEntrySchema>;

/** A validated goal or target with its id. */
export interface SdgEntry extends SdgEntryData {
  id: string;
}
