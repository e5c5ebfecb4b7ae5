// Operation (Einsatz): the joint operation and its written order in the five framework parts.
import { z } from 'zod';
import { operationMapSchema } from '../maps/features';
import { approvalSchema } from './approval-record';
import { fieldGuidesSchema } from './field-guides';
import { targetReleaseSchema } from './target-release';
import {
  codeSchema,
  entityBase,
  idSchema,
  instantSchema,
  LIMITS,
  list,
  longText,
  phoneSchema,
  shortText,
  stampSchema,
  text,
} from './common';

export const OPERATION_KINDS = ['joint_inspection', 'focus_operation', 'search', 'other'] as const;
export const operationKindSchema = z.enum(OPERATION_KINDS);
export type OperationKind = z.infer<typeof operationKindSchema>;

/** The lifecycle; the allowed moves between these live in operation-status.ts. */
export const OPERATION_STATUSES = [
  'draft',
  'planning',
  'in_review',
  'approved',
  'executed',
  'followed_up',
  'closed',
  'cancelled',
] as const;
export const operationStatusSchema = z.enum(OPERATION_STATUSES);
export type OperationStatus = z.infer<typeof operationStatusSchema>;

/**
 * Classification grades this software may hold. Higher grades (VS-VERTRAULICH and above) must not
 * be processed here at all, so they are deliberately absent.
 */
export const CLASSIFICATIONS = ['open', 'vs_nfd'] as const;
export const classificationSchema = z.enum(CLASSIFICATIONS);
export type Classification = z.infer<typeof classificationSchema>;

export const FRAMEWORK_PARTS = ['situation', 'mission', 'execution', 'support', 'command'] as const;
export const frameworkPartSchema = z.enum(FRAMEWORK_PARTS);
export type FrameworkPart = z.infer<typeof frameworkPartSchema>;

export const RISK_CATEGORIES = [
  'weapons',
  'dogs',
  'violent_persons',
  'crowd_tumult',
  'threats_to_staff',
  'other',
] as const;
export const riskCategorySchema = z.enum(RISK_CATEGORIES);
export type RiskCategory = z.infer<typeof riskCategorySchema>;

export const RISK_LEVELS = ['none', 'low', 'medium', 'high'] as const;
export const riskLevelSchema = z.enum(RISK_LEVELS);
export type RiskLevel = z.infer<typeof riskLevelSchema>;

export const riskItemSchema = z.strictObject({
  category: riskCategorySchema,
  level: riskLevelSchema,
  findings: text(),
  measures: text(),
});
export type RiskItem = z.infer<typeof riskItemSchema>;

export const riskAssessmentSchema = z.strictObject({
  /** Null until someone has assessed the risk; readiness checks rely on it. */
  assessed: stampSchema.nullable(),
  items: list(riskItemSchema, 20),
});
export type RiskAssessment = z.infer<typeof riskAssessmentSchema>;

export const placeSchema = z.strictObject({
  name: shortText(),
  address: shortText(),
  lat: z.number().min(-90).max(90).nullable(),
  lng: z.number().min(-180).max(180).nullable(),
  notes: text(),
});
export type Place = z.infer<typeof placeSchema>;

export const personRefSchema = z.strictObject({
  name: shortText(),
  function: shortText(),
  agencyId: idSchema.nullable(),
  phone: phoneSchema,
});
export type PersonRef = z.infer<typeof personRefSchema>;

export const situationSchema = z.strictObject({
  background: longText(),
  trigger: longText(),
  targetsSummary: longText(),
  personsGroups: longText(),
  ownForces: longText(),
});

export const missionSchema = z.strictObject({
  goals: longText(),
  agencyObjectives: list(z.strictObject({ agencyId: idSchema, objective: text() }), 100),
});

export const PHASES = ['planning', 'preparation', 'execution', 'follow_up'] as const;
export const phaseSchema = z.enum(PHASES);
export type Phase = z.infer<typeof phaseSchema>;

export const executionSchema = z.strictObject({
  phases: z.strictObject({
    planning: longText(),
    preparation: longText(),
    execution: longText(),
    follow_up: longText(),
  }),
  sections: longText(),
  rulesOfConduct: longText(),
  briefingMeeting: z.strictObject({ at: instantSchema.nullable(), place: shortText() }),
});

export const supportSchema = z.strictObject({
  assemblyPoint: placeSchema,
  stagingArea: placeSchema,
  vehicles: longText(),
  equipment: longText(),
  interpreters: longText(),
  medical: longText(),
  catering: longText(),
  routes: longText(),
});

export const commandSchema = z.strictObject({
  structure: longText(),
  commandPost: placeSchema,
  commandPostPhone: phoneSchema,
  notes: longText(),
});

export const frameworkSchema = z.strictObject({
  situation: situationSchema,
  mission: missionSchema,
  execution: executionSchema,
  support: supportSchema,
  command: commandSchema,
});
export type Framework = z.infer<typeof frameworkSchema>;

export const timeWindowSchema = z.strictObject({ start: instantSchema, end: instantSchema });
export type TimeWindow = z.infer<typeof timeWindowSchema>;

export const operationSchema = z.strictObject({
  ...entityBase,
  codeName: z
    .string()
    .trim()
    .min(1, 'Der Deckname fehlt')
    .max(LIMITS.codeName, `Der Deckname hat höchstens ${LIMITS.codeName} Zeichen`),
  title: shortText(),
  kind: operationKindSchema,
  status: operationStatusSchema,
  classification: classificationSchema,
  /** Parts graded differently from the whole order (marked separately in the briefing). */
  partClassifications: z.partialRecord(frameworkPartSchema, classificationSchema),
  exercise: z.boolean(),
  leadAgencyId: idSchema.nullable(),
  operationLead: personRefSchema,
  /** Municipality code from the catalogue (indexed for filters; a code, not free text). */
  municipalityId: codeSchema.nullable(),
  hHour: instantSchema.nullable(),
  timeWindow: timeWindowSchema.nullable(),
  /** Liaisons are asked to answer by then (roster). */
  responseDeadline: instantSchema.nullable(),
  fileReference: shortText(),
  thematicFields: list(codeSchema, 30),
  /** Checkliste und Hinweise per thematic field; plans stored before them have none. */
  fieldGuides: fieldGuidesSchema.optional(),
  framework: frameworkSchema,
  riskAssessment: riskAssessmentSchema,
  /** The operation map (places, cordons, routes); plans stored before it have none. */
  map: operationMapSchema.optional(),
  /** Revision of the plan: starts at 1, increases when an approved plan is changed. */
  revision: z.number().int().min(1),
  approval: approvalSchema.nullable(),
  /** Who sent this revision to approval (the drafter); optional for plans stored before. */
  submittedForApproval: stampSchema.nullable().optional(),
  /** "Freigabe nur durch eine zweite Person" for this plan (the installation may require it too). */
  approvalByTwoPersons: z.boolean().optional(),
  /** Release of the target list per agency (absent: not released to anyone). */
  targetRelease: targetReleaseSchema.optional(),
  /** Who marked the operation "Durchgeführt", and when. */
  executed: stampSchema.nullable().optional(),
  /** A template (Muster) is an operation that is never executed, only copied. */
  template: z.boolean(),
  archivedAt: instantSchema.nullable(),
  /** Set when moved to the trash; restored by clearing it. */
  deletedAt: instantSchema.nullable(),
});
export type Operation = z.infer<typeof operationSchema>;
