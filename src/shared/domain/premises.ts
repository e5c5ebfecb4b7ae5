// Premises (Objekt): a registry of inspected places shared across operations.
import { z } from 'zod';
import { codeSchema, entityBase, idSchema, instantSchema, list, shortText, text } from './common';
import { riskItemSchema } from './operation';

export const addressSchema = z.strictObject({
  street: shortText(),
  houseNumber: z.string().max(20),
  postalCode: z
    .string()
    .max(10)
    .regex(/^(\d{5})?$/, 'Postleitzahl muss fünfstellig sein'),
  city: shortText(),
  /** Part of town (Stadtteil), helps teams find the place. */
  district: shortText(),
});
export type Address = z.infer<typeof addressSchema>;

export const geoPointSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof geoPointSchema>;

export const operatorSchema = z.strictObject({
  name: shortText(),
  /** Legal form or type of operator (GmbH, Einzelunternehmen …). */
  legalForm: shortText(),
  contact: shortText(),
  notes: text(),
});

export const ATTACHMENT_KINDS = ['photo', 'floor_plan', 'document'] as const;
export const attachmentRefSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(ATTACHMENT_KINDS),
  name: shortText(),
  mime: z.enum(['image/png', 'image/jpeg', 'application/pdf']),
  size: z.number().int().nonnegative(),
  addedAt: instantSchema,
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const premisesSchema = z.strictObject({
  ...entityBase,
  name: shortText().trim().min(1, 'Der Name des Objekts fehlt'),
  kind: codeSchema,
  municipalityId: codeSchema.nullable(),
  address: addressSchema,
  location: geoPointSchema.nullable(),
  operator: operatorSchema,
  accessNotes: text(),
  risks: list(riskItemSchema, 20),
  riskNotes: text(),
  attachments: list(attachmentRefSchema, 50),
  retired: z.boolean(),
  /** When it should be inspected next, written back from an operation's results (issue 17). */
  nextInspectionAt: instantSchema.nullable().optional(),
});
export type Premises = z.infer<typeof premisesSchema>;

/** Attachment bytes live in their own table so lists never load them. */
export const attachmentSchema = z.strictObject({
  id: idSchema,
  premisesId: idSchema,
  createdAt: instantSchema,
  data: z.instanceof(Uint8Array),
});
export type Attachment = z.infer<typeof attachmentSchema>;
