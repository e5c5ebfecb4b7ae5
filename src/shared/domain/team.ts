// Team (Kontrollteam / Einsatzabschnitt): people drawn from participations, sent to premises.
import { z } from 'zod';
import { entityBase, idSchema, list, phoneSchema, shortText, text } from './common';

export const teamMemberSchema = z.strictObject({
  participationId: idSchema,
  /** Number of people this agency puts into the team. */
  count: z.number().int().min(0).max(1_000),
  /** Optional names, only where the briefing needs them. */
  names: text(),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

export const teamSchema = z.strictObject({
  ...entityBase,
  operationId: idSchema,
  name: shortText().trim().min(1, 'Der Name des Teams fehlt'),
  callSign: shortText(),
  leader: z.strictObject({
    name: shortText(),
    participationId: idSchema.nullable(),
    phone: phoneSchema,
  }),
  members: list(teamMemberSchema, 100),
  targetIds: list(idSchema, 100),
  talkGroupId: idSchema.nullable(),
  order: z.number().int().nonnegative(),
  notes: text(),
});
export type Team = z.infer<typeof teamSchema>;
