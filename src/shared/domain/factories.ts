// Constructors for new, valid entities with empty defaults. UI and tests start from these, so
// "a new X" is defined once.
import type { Agency } from './agency';
import { newId, type Id } from './common';
import type { CommsEntry, PhoneEntry, TalkGroup } from './comms';
import type { Finding } from './finding';
import type { Framework, Operation, Place } from './operation';
import type { ConfirmationEvent, Participation } from './participation';
import type { Premises } from './premises';
import type { OperationTarget } from './target';
import type { Team } from './team';
import type { TimelineEntry } from './timeline';

export const emptyPlace = (): Place => ({ name: '', address: '', lat: null, lng: null, notes: '' });

export function emptyFramework(): Framework {
  return {
    situation: {
      background: '',
      trigger: '',
      targetsSummary: '',
      personsGroups: '',
      ownForces: '',
    },
    mission: { goals: '', agencyObjectives: [] },
    execution: {
      phases: { planning: '', preparation: '', execution: '', follow_up: '' },
      sections: '',
      rulesOfConduct: '',
      briefingMeeting: { at: null, place: '' },
    },
    support: {
      assemblyPoint: emptyPlace(),
      stagingArea: emptyPlace(),
      vehicles: '',
      equipment: '',
      interpreters: '',
      medical: '',
      catering: '',
      routes: '',
    },
    command: { structure: '', commandPost: emptyPlace(), commandPostPhone: '', notes: '' },
  };
}

const base = (now: string, id: Id = newId()) => ({ id, createdAt: now, updatedAt: now, rev: 0 });

export function newOperation(
  fields: Partial<Operation> & { codeName: string },
  now: string,
): Operation {
  return {
    ...base(now),
    title: '',
    kind: 'joint_inspection',
    status: 'draft',
    classification: 'vs_nfd',
    partClassifications: {},
    exercise: false,
    leadAgencyId: null,
    operationLead: { name: '', function: '', agencyId: null, phone: '' },
    municipalityId: null,
    hHour: null,
    timeWindow: null,
    responseDeadline: null,
    fileReference: '',
    thematicFields: [],
    framework: emptyFramework(),
    riskAssessment: { assessed: null, items: [] },
    map: { features: [] },
    revision: 1,
    approval: null,
    template: false,
    archivedAt: null,
    deletedAt: null,
    ...fields,
  };
}

export function newAgency(
  fields: Partial<Agency> & Pick<Agency, 'name' | 'kind'>,
  now: string,
): Agency {
  return {
    ...base(now),
    catalogKey: null,
    partnerStatus: 'other',
    jurisdiction: { level: 'municipal', area: '' },
    shortName: '',
    address: '',
    phone: '',
    email: '',
    notes: '',
    contacts: [],
    retired: false,
    mergedInto: null,
    ...fields,
  };
}

export function newPremises(
  fields: Partial<Premises> & Pick<Premises, 'name' | 'kind'>,
  now: string,
): Premises {
  return {
    ...base(now),
    municipalityId: null,
    address: { street: '', houseNumber: '', postalCode: '', city: '', district: '' },
    location: null,
    operator: { name: '', legalForm: '', contact: '', notes: '' },
    accessNotes: '',
    risks: [],
    riskNotes: '',
    attachments: [],
    retired: false,
    ...fields,
  };
}

export function newTarget(
  fields: Partial<OperationTarget> & Pick<OperationTarget, 'operationId' | 'premisesId'>,
  now: string,
): OperationTarget {
  return {
    ...base(now),
    reason: '',
    legalBasis: [],
    teamId: null,
    accessOffsetMinutes: 0,
    status: 'planned',
    order: 0,
    notes: '',
    label: '',
    ...fields,
  };
}

export function requestedConfirmation(now: string, recordedBy: string): ConfirmationEvent {
  return {
    status: 'requested',
    confirmedStrength: null,
    by: '',
    at: now,
    via: null,
    comment: '',
    recordedBy,
  };
}

export function newParticipation(
  fields: Partial<Participation> & Pick<Participation, 'operationId' | 'agencyId'>,
  now: string,
  recordedBy = '',
): Participation {
  const confirmation = fields.confirmation ?? requestedConfirmation(now, recordedBy);
  return {
    ...base(now),
    role: 'inspecting_authority',
    tasks: '',
    legalBasis: '',
    requestedStrength: 0,
    vehicles: [],
    specialEquipment: '',
    liaison: { contactId: null, name: '', function: '', phone: '', mobile: '', email: '' },
    confirmation,
    history: [confirmation],
    ...fields,
  };
}

export function newTeam(
  fields: Partial<Team> & Pick<Team, 'operationId' | 'name'>,
  now: string,
): Team {
  return {
    ...base(now),
    callSign: '',
    leader: { name: '', participationId: null, phone: '' },
    members: [],
    targetIds: [],
    talkGroupId: null,
    order: 0,
    notes: '',
    ...fields,
  };
}

export function newTimelineEntry(
  fields: Partial<TimelineEntry> & Pick<TimelineEntry, 'operationId' | 'title'>,
  now: string,
): TimelineEntry {
  return {
    ...base(now),
    time: { kind: 'relative', offsetMinutes: 0 },
    durationMinutes: 0,
    phase: 'execution',
    description: '',
    teamId: null,
    targetId: null,
    ...fields,
  };
}

export function newTalkGroup(
  fields: Partial<TalkGroup> & Pick<TalkGroup, 'operationId' | 'name'>,
  now: string,
): TalkGroup {
  return {
    ...base(now),
    type: 'talk_group',
    order: 0,
    purpose: '',
    teamIds: [],
    notes: '',
    ...fields,
  };
}

export function newPhoneEntry(
  fields: Partial<PhoneEntry> & Pick<PhoneEntry, 'operationId' | 'name'>,
  now: string,
): PhoneEntry {
  return {
    ...base(now),
    type: 'phone',
    order: 0,
    function: '',
    agencyId: null,
    phone: '',
    mobile: '',
    email: '',
    radioCallSign: '',
    source: 'manual',
    ...fields,
  };
}

export function newFinding(
  fields: Partial<Finding> & Pick<Finding, 'operationId' | 'agencyId' | 'category'>,
  now: string,
): Finding {
  return {
    ...base(now),
    targetId: null,
    legalArea: null,
    count: 1,
    amountCents: null,
    notes: '',
    ...fields,
  };
}

export type AnyEntity =
  | Operation
  | Agency
  | Premises
  | OperationTarget
  | Participation
  | Team
  | TimelineEntry
  | CommsEntry
  | Finding;
