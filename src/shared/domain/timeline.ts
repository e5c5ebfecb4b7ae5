// TimelineEntry (Zeitablauf): what happens when, relative to H or at a fixed time.
import { z } from 'zod';
import { entityBase, idSchema, instantSchema, shortText, text } from './common';
import { phaseSchema } from './operation';

export const timelineTimeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('relative'),
    offsetMinutes: z
      .number()
      .int()
      .min(-14 * 24 * 60)
      .max(14 * 24 * 60),
  }),
  z.strictObject({ kind: z.literal('absolute'), at: instantSchema }),
]);
export type TimelineTime = z.infer<typeof timelineTimeSchema>;

export const timelineEntrySchema = z.strictObject({
  ...entityBase,
  operationId: idSchema,
  time: timelineTimeSchema,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  phase: phaseSchema,
  title: shortText().trim().min(1, 'Der Titel fehlt'),
  description: text(),
  teamId: idSchema.nullable(),
  targetId: idSchema.nullable(),
  /** When it actually happened (a fact after approval, see post-approval.ts). */
  actualAt: instantSchema.nullable().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
