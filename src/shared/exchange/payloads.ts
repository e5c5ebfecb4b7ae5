// What each package kind carries. Every string is bounded and free of hostile characters; lists
// are capped, so a package that passed the byte cap cannot grow into something larger in memory.
import { z } from 'zod';
import { codeSchema, idSchema, instantSchema, LIMITS } from '../domain/common';
import { PARTICIPATION_ROLES } from '../domain/participation';
import { safeText } from './safe-text';
import { templatePatternSchema } from './template-pattern';

const short = () => safeText(LIMITS.shortText);
const text = () => safeText(LIMITS.text);
const phone = () => safeText(40);
const count = () => z.number().int().min(0).max(LIMITS.strength);

export const requestVehicleSchema = z.strictObject({
  kind: short(),
  count: z.number().int().min(0).max(LIMITS.vehicles),
});

/**
 * A request (Anfrage) to one agency: only what that agency needs to know. Targets appear only as
 * their alias ("Objekt 1") until the target list is released for the agency; then with address.
 */
export const requestPayloadSchema = z.strictObject({
  agency: z.strictObject({ id: idSchema, name: short() }),
  operation: z.strictObject({ codeName: short(), exercise: z.boolean() }),
  role: z.enum(PARTICIPATION_ROLES),
  tasks: text(),
  requestedStrength: count(),
  vehicles: z.array(requestVehicleSchema).max(50),
  briefing: z.strictObject({ at: instantSchema.nullable(), place: short() }),
  hHour: instantSchema.nullable(),
  timeWindow: z.strictObject({ start: instantSchema, end: instantSchema }).nullable(),
  lead: z.strictObject({ name: short(), function: short(), phone: phone(), agency: short() }),
  deadline: instantSchema.nullable(),
  targetsReleased: z.boolean(),
  targets: z.array(z.strictObject({ label: short(), address: short() })).max(500),
});
export type RequestPayload = z.infer<typeof requestPayloadSchema>;

export const ANSWER_STATUSES = ['confirmed', 'partially_confirmed', 'declined'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];

export const answerPersonSchema = z.strictObject({
  name: short(),
  function: short(),
  phone: phone(),
  /** Team leader (Truppführer/in) rather than member. */
  leader: z.boolean(),
});
export type AnswerPerson = z.infer<typeof answerPersonSchema>;

/** The liaison's answer (Rückmeldung). */
export const answerPayloadSchema = z.strictObject({
  status: z.enum(ANSWER_STATUSES),
  confirmedStrength: count(),
  persons: z.array(answerPersonSchema).max(500),
  vehicles: z
    .array(
      z.strictObject({ kind: short(), count: requestVehicleSchema.shape.count, callSign: short() }),
    )
    .max(50),
  callSigns: z.array(short()).max(100),
  phones: z.array(phone()).max(50),
  comment: text(),
  answeredBy: z.strictObject({ name: short(), function: short() }),
});
export type AnswerPayload = z.infer<typeof answerPayloadSchema>;

export const cancellationPayloadSchema = z.strictObject({ reason: text() });
export type CancellationPayload = z.infer<typeof cancellationPayloadSchema>;

/** A plan template (Muster) with checklists and notes per thematic field. Never a plan. */
export const templatePayloadSchema = z.strictObject({
  name: short(),
  description: text(),
  author: z.strictObject({ name: short(), agency: short() }),
  fields: z
    .array(
      z.strictObject({
        code: codeSchema,
        notes: text(),
        checklist: z.array(short()).max(100),
      }),
    )
    .max(30),
  /** The template's plan (structure, texts, roles, relative timeline) for import as a Muster. */
  pattern: templatePatternSchema.optional(),
});
export type TemplatePayload = z.infer<typeof templatePayloadSchema>;
