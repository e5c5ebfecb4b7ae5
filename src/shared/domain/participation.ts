// Participation: an agency's part in one operation, and its liaison's confirmation.
import { z } from 'zod';
import {
  emailSchema,
  entityBase,
  idSchema,
  instantSchema,
  LIMITS,
  list,
  phoneSchema,
  shortText,
  strength,
  text,
} from './common';

export const PARTICIPATION_ROLES = [
  'lead',
  'enforcement_support',
  'inspecting_authority',
  'support',
  'observer',
] as const;
export const participationRoleSchema = z.enum(PARTICIPATION_ROLES);
export type ParticipationRole = z.infer<typeof participationRoleSchema>;

export const CONFIRMATION_STATUSES = [
  'requested',
  'confirmed',
  'partially_confirmed',
  'declined',
  'withdrawn',
] as const;
export const confirmationStatusSchema = z.enum(CONFIRMATION_STATUSES);
export type ConfirmationStatus = z.infer<typeof confirmationStatusSchema>;

export const CONFIRMATION_CHANNELS = ['phone', 'email', 'letter', 'in_person', 'other'] as const;
export const confirmationChannelSchema = z.enum(CONFIRMATION_CHANNELS);

export const confirmationEventSchema = z.strictObject({
  status: confirmationStatusSchema,
  confirmedStrength: strength().nullable(),
  by: shortText(),
  at: instantSchema,
  via: confirmationChannelSchema.nullable(),
  comment: text(),
  /** Who recorded it in this app (may differ from who confirmed). */
  recordedBy: shortText(),
  /** Recorded after the plan was approved ("Nachtrag nach Freigabe"); set by the repository. */
  afterApproval: z.boolean().optional(),
});
export type ConfirmationEvent = z.infer<typeof confirmationEventSchema>;

export const vehicleSchema = z.strictObject({
  kind: shortText(),
  count: z.number().int().min(0).max(LIMITS.vehicles),
  callSign: shortText(),
});
export type Vehicle = z.infer<typeof vehicleSchema>;

export const liaisonSchema = z.strictObject({
  contactId: idSchema.nullable(),
  name: shortText(),
  function: shortText(),
  phone: phoneSchema,
  mobile: phoneSchema,
  email: emailSchema,
});
export type Liaison = z.infer<typeof liaisonSchema>;

export const participationSchema = z.strictObject({
  ...entityBase,
  operationId: idSchema,
  agencyId: idSchema,
  role: participationRoleSchema,
  tasks: text(),
  legalBasis: text(),
  requestedStrength: strength(),
  vehicles: list(vehicleSchema, 50),
  specialEquipment: text(),
  liaison: liaisonSchema,
  /** Current confirmation; `history` holds every change including this one. */
  confirmation: confirmationEventSchema,
  history: list(confirmationEventSchema, 200),
  /** How many actually came on the day (a fact after approval, see post-approval.ts). */
  actualStrength: strength().nullable().optional(),
});
export type Participation = z.infer<typeof participationSchema>;
