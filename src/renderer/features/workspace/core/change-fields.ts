// Which label and which value names belong to a changed field of a plan record, for Verlauf and
// Revisionen. Labels are the keys the editing forms use, so a field reads the same in both. The
// lists are typed by the records' own paths: every top-level field of a plan part must have an
// entry (the compiler refuses a list without it) and no entry may name a field that does not
// exist, so a new field cannot reach the history unnamed.
import {
  CONFIRMATION_CHANNEL_LABELS,
  CONFIRMATION_STATUS_LABELS,
  PARTICIPATION_ROLE_LABELS,
  PHASE_LABELS,
  PHONE_ENTRY_SOURCE_LABELS,
  TARGET_STATUS_LABELS,
} from '@shared/catalog';
import type {
  CommsEntry,
  OperationTarget,
  Participation,
  Team,
  TimelineEntry,
} from '@shared/domain';
import { operationFieldSpec, type FieldSpec } from './operation-fields';
import type { Paths } from './operation-paths';

export type { FieldSpec, RefKind } from './operation-fields';

/**
 * Fields the history does not show: keys and bookkeeping every record has, and a
 * participation's answer history (its status changes are shown as they happen).
 */
export const HIDDEN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  '*': ['id', 'operationId', 'order', 'type', 'rev', 'createdAt', 'updatedAt'],
  participation: ['history'],
};

/** Keys every record has; never shown, so never named. */
type Bookkeeping = 'id' | 'operationId' | 'order' | 'type' | 'rev' | 'createdAt' | 'updatedAt';
/** Top-level fields of each member of a union (a comms entry is a talk group or a phone). */
type TopFields<T> = T extends unknown ? Exclude<keyof T & string, Bookkeeping> : never;
/**
 * A plan part's labels: one for each top-level field (required), and optionally for deeper
 * paths; a deeper path without its own entry is shown under its parent's label.
 */
type PartFields<T> = { readonly [K in TopFields<T>]-?: FieldSpec } & {
  readonly [P in Paths<T>]?: FieldSpec;
};

/** The audited plan parts, by the entity name their audit entries carry. */
export interface PlanPartRecords {
  participation: Participation;
  team: Team;
  target: OperationTarget;
  timeline: TimelineEntry;
  comms: CommsEntry;
}
type ChangeFields = { readonly [E in keyof PlanPartRecords]: PartFields<PlanPartRecords[E]> };

const CONFIRMATION = 'workspace:history.groups.confirmation';
const LIAISON = 'roster:forces.liaison';

/**
 * Per plan part, field path → spec. A path not listed falls back to its nearest parent. The
 * operation's own fields are named in `operation-fields.ts`.
 */
export const CHANGE_FIELDS: ChangeFields = {
  participation: {
    agencyId: { key: 'roster:overview.agency', ref: 'agency' },
    role: { key: 'roster:forces.role', values: PARTICIPATION_ROLE_LABELS },
    tasks: { key: 'roster:forces.tasks' },
    legalBasis: { key: 'roster:forces.legalBasis' },
    requestedStrength: { key: 'roster:forces.requested' },
    vehicles: { key: 'roster:forces.vehicles' },
    specialEquipment: { key: 'roster:forces.equipment' },
    liaison: { key: LIAISON },
    'liaison.name': { key: 'roster:forces.liaisonName', group: LIAISON },
    'liaison.function': { key: 'roster:forces.liaisonFunction', group: LIAISON },
    'liaison.phone': { key: 'roster:forces.liaisonPhone', group: LIAISON },
    'liaison.mobile': { key: 'roster:forces.liaisonMobile', group: LIAISON },
    'liaison.email': { key: 'roster:forces.liaisonEmail', group: LIAISON },
    confirmation: { key: CONFIRMATION },
    'confirmation.status': {
      key: 'roster:confirmation.status',
      group: CONFIRMATION,
      values: CONFIRMATION_STATUS_LABELS,
    },
    'confirmation.confirmedStrength': { key: 'roster:confirmation.strength', group: CONFIRMATION },
    'confirmation.by': { key: 'roster:confirmation.by', group: CONFIRMATION },
    'confirmation.at': { key: 'roster:confirmation.at', group: CONFIRMATION },
    'confirmation.via': {
      key: 'roster:confirmation.via',
      group: CONFIRMATION,
      values: CONFIRMATION_CHANNEL_LABELS,
    },
    'confirmation.comment': { key: 'roster:confirmation.comment', group: CONFIRMATION },
    history: { key: 'roster:forces.history' },
    actualStrength: { key: 'roster:forces.actualStrength' },
  },
  team: {
    name: { key: 'roster:teams.name' },
    callSign: { key: 'roster:teams.callSign' },
    leader: { key: 'roster:teams.leader' },
    'leader.name': { key: 'roster:teams.leaderName' },
    'leader.participationId': { key: 'roster:teams.leaderAgency', ref: 'participation' },
    'leader.phone': { key: 'roster:teams.leaderPhone', group: 'roster:teams.leader' },
    members: {
      key: 'roster:teams.members',
      ref: 'participation',
      items: { idKey: 'participationId', textKey: 'count' },
    },
    targetIds: { key: 'roster:teams.targets', ref: 'target' },
    talkGroupId: { key: 'roster:teams.talkGroup', ref: 'talkGroup' },
    notes: { key: 'roster:comms.notes' },
  },
  target: {
    premisesId: { key: 'roster:overview.premises', ref: 'premises' },
    reason: { key: 'workspace:targets.reason' },
    legalBasis: {
      key: 'workspace:targets.legalBasis',
      ref: 'agency',
      items: { idKey: 'agencyId', textKey: 'basis' },
    },
    teamId: { key: 'workspace:targets.team', ref: 'team' },
    label: { key: 'workspace:targets.label' },
    accessOffsetMinutes: { key: 'workspace:targets.access', format: 'hOffset' },
    status: { key: 'workspace:targets.status', values: TARGET_STATUS_LABELS },
    notes: { key: 'roster:comms.notes' },
  },
  timeline: {
    time: { key: 'workspace:timeline.time', format: 'timelineTime' },
    durationMinutes: { key: 'workspace:timeline.duration' },
    phase: { key: 'workspace:timeline.phase', values: PHASE_LABELS },
    title: { key: 'workspace:timeline.title' },
    description: { key: 'workspace:timeline.description' },
    teamId: { key: 'workspace:timeline.team', ref: 'team' },
    targetId: { key: 'workspace:timeline.target', ref: 'target' },
    actualAt: { key: 'workspace:timeline.actualAt' },
  },
  comms: {
    name: { key: 'roster:comms.name' },
    purpose: { key: 'roster:comms.purpose' },
    teamIds: { key: 'roster:comms.teams', ref: 'team' },
    notes: { key: 'roster:comms.notes' },
    function: { key: 'roster:comms.function' },
    agencyId: { key: 'roster:comms.agency', ref: 'agency' },
    phone: { key: 'roster:comms.phone' },
    mobile: { key: 'roster:comms.mobile' },
    email: { key: 'roster:comms.email' },
    radioCallSign: { key: 'roster:comms.radioCallSign' },
    source: { key: 'roster:comms.source', values: PHONE_ENTRY_SOURCE_LABELS },
  },
};

/** The spec of `path` or of its nearest listed parent (`confirmation.at` → `confirmation`). */
export function fieldSpec(entity: string, path: string): FieldSpec | null {
  if (entity === 'operation') return operationFieldSpec(path);
  const parts: Readonly<Record<string, Readonly<Record<string, FieldSpec | undefined>>>> =
    CHANGE_FIELDS;
  const fields = parts[entity];
  if (!fields) return null;
  const segments = path.split('.');
  for (let n = segments.length; n > 0; n--) {
    const spec = fields[segments.slice(0, n).join('.')];
    if (spec) return spec;
  }
  return null;
}
