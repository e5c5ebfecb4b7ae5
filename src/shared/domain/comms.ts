// Comms plan entries: radio talk groups and the operation's phone list.
import { z } from 'zod';
import { emailSchema, entityBase, idSchema, list, phoneSchema, shortText, text } from './common';

const commsBase = { ...entityBase, operationId: idSchema, order: z.number().int().nonnegative() };

export const talkGroupSchema = z.strictObject({
  ...commsBase,
  type: z.literal('talk_group'),
  name: shortText().trim().min(1, 'Der Name der Sprechgruppe fehlt'),
  purpose: text(),
  teamIds: list(idSchema, 100),
  notes: text(),
});
export type TalkGroup = z.infer<typeof talkGroupSchema>;

export const PHONE_ENTRY_SOURCES = ['liaison', 'team_leader', 'command_post', 'manual'] as const;

export const phoneEntrySchema = z.strictObject({
  ...commsBase,
  type: z.literal('phone'),
  name: shortText().trim().min(1, 'Der Name fehlt'),
  function: shortText(),
  agencyId: idSchema.nullable(),
  phone: phoneSchema,
  mobile: phoneSchema,
  email: emailSchema,
  radioCallSign: shortText(),
  /** Where the entry came from; generated entries are refreshed, manual ones are kept. */
  source: z.enum(PHONE_ENTRY_SOURCES),
});
export type PhoneEntry = z.infer<typeof phoneEntrySchema>;

export const commsEntrySchema = z.discriminatedUnion('type', [talkGroupSchema, phoneEntrySchema]);
export type CommsEntry = z.infer<typeof commsEntrySchema>;
