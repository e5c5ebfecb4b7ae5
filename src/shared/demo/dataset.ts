// The demo operation: a clearly fictional evening joint inspection in Essen, as valid entities.
import type { Id } from '../domain/common';
import type { CommsEntry } from '../domain/comms';
import {
  newOperation,
  newParticipation,
  newPremises,
  newTarget,
  newTeam,
  newTimelineEntry,
} from '../domain/factories';
import type { Operation } from '../domain/operation';
import type { ConfirmationEvent, Participation } from '../domain/participation';
import type { Premises } from '../domain/premises';
import type { OperationTarget } from '../domain/target';
import type { Team } from '../domain/team';
import type { TimelineEntry } from '../domain/timeline';
import { offsetToInstant } from '../time/h-hour';
import { instantToWall } from '../time/zoned';
import { demoPhoneList, demoTalkGroups } from './comms-plan';
import { dramaPhone } from './fictional';
import {
  DEMO_AGENCY_KEYS,
  DEMO_PARTICIPATIONS,
  DEMO_TEAMS,
  type DemoAgencyKey,
  type DemoPremisesKey,
  type DemoTeamKey,
} from './forces';
import { DEMO_PREMISES } from './objects';
import { demoFramework, demoRiskAssessment } from './order';
import { addDays, berlinInstant, nextDemoHHour } from './schedule';
import { DEMO_TIMELINE, RESPONSE_DEADLINE_ENTRY } from './timeline-plan';

export interface DemoDatasetInput {
  /** Current instant (UTC ISO); H-hour is the next Friday 20:00 Berlin time at least 3 days later. */
  now: string;
  /** Ids of the seeded catalogue agencies; must contain every key of DEMO_AGENCY_KEYS. */
  agencyIdByCatalogKey: ReadonlyMap<string, Id>;
  makeId: () => Id;
}

export interface DemoDataset {
  operation: Operation;
  /** Registry records; the targets link them into the operation. */
  premises: Premises[];
  targets: OperationTarget[];
  participations: Participation[];
  teams: Team[];
  timeline: TimelineEntry[];
  comms: CommsEntry[];
}

const HOUR_MS = 60 * 60_000;
const RECORDED_BY = 'Beispieldaten';
const LEAD = { name: 'EPHK Erika Mustermann', function: 'Polizeiführerin', phone: dramaPhone(110) };

export class DemoAgencyMissingError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(`Für die Beispieldaten fehlen Behörden aus dem Katalog: ${missing.join(', ')}`);
    this.name = 'DemoAgencyMissingError';
  }
}

/** Builds the demo operation. Throws DemoAgencyMissingError if a needed catalogue agency is absent. */
export function buildDemoDataset({
  now,
  agencyIdByCatalogKey,
  makeId,
}: DemoDatasetInput): DemoDataset {
  const missing = DEMO_AGENCY_KEYS.filter((k) => !agencyIdByCatalogKey.has(k));
  if (missing.length > 0) throw new DemoAgencyMissingError(missing);
  const agencyId = (key: DemoAgencyKey): Id => agencyIdByCatalogKey.get(key) ?? '';
  const hHour = nextDemoHHour(now);
  const at = (offset: number) => offsetToInstant(hHour, offset);
  const ago = (hours: number) => new Date(Date.parse(now) - hours * HOUR_MS).toISOString();
  const hDate = instantToWall(hHour).date;
  const responseDeadline = berlinInstant(addDays(hDate, -2), '12:00');
  const operationId = makeId();

  const premises = DEMO_PREMISES.map((p) =>
    newPremises(
      {
        id: makeId(),
        name: p.name,
        kind: p.kind,
        municipalityId: 'essen',
        address: {
          street: p.street,
          houseNumber: p.houseNumber,
          postalCode: p.postalCode,
          city: 'Essen',
          district: p.district,
        },
        location: { lat: p.lat, lng: p.lng },
        operator: { ...p.operator },
        accessNotes: p.accessNotes,
        risks: p.risks.map((r) => ({ ...r })),
        riskNotes: p.riskNotes,
      },
      now,
    ),
  );

  const participations = DEMO_PARTICIPATIONS.map((spec) => {
    const requested: ConfirmationEvent = {
      status: 'requested',
      confirmedStrength: null,
      by: LEAD.name,
      at: ago(72),
      via: 'email',
      comment: 'Anfrage mit Anforderungsblatt versandt.',
      recordedBy: RECORDED_BY,
    };
    const answered: ConfirmationEvent | null =
      spec.answer.status === 'requested'
        ? null
        : {
            status: spec.answer.status,
            confirmedStrength: spec.answer.strength,
            by: spec.liaison.name,
            at: ago(spec.answer.hoursAgo),
            via: spec.answer.via,
            comment: spec.answer.comment,
            recordedBy: RECORDED_BY,
          };
    return newParticipation(
      {
        id: makeId(),
        operationId,
        agencyId: agencyId(spec.agency),
        role: spec.role,
        tasks: spec.tasks,
        legalBasis: spec.legalBasis,
        requestedStrength: spec.requestedStrength,
        vehicles: spec.vehicles.map((v) => ({ ...v })),
        specialEquipment: spec.specialEquipment,
        liaison: {
          contactId: null,
          name: spec.liaison.name,
          function: spec.liaison.function,
          phone: dramaPhone(spec.liaison.phone),
          mobile: '',
          email: spec.liaison.email,
        },
        confirmation: answered ?? requested,
        history: answered ? [requested, answered] : [requested],
      },
      now,
    );
  });
  const participationOf = new Map(DEMO_PARTICIPATIONS.map((s, i) => [s.agency, participations[i]]));
  const participationId = (key: DemoAgencyKey): Id => participationOf.get(key)?.id ?? '';

  const teamIds = new Map<DemoTeamKey, Id>(DEMO_TEAMS.map((t) => [t.key, makeId()]));
  const teamId = (key: DemoTeamKey): Id => teamIds.get(key) ?? '';
  const optionalTeamId = (key: DemoTeamKey | undefined): Id | null => (key ? teamId(key) : null);
  const teamOfPremises = new Map<DemoPremisesKey, DemoTeamKey>(
    DEMO_TEAMS.flatMap((t) => t.targets.map((p) => [p, t.key] as const)),
  );

  const targets = DEMO_PREMISES.map((spec, order) =>
    newTarget(
      {
        id: makeId(),
        operationId,
        premisesId: premises[order]?.id ?? '',
        reason: spec.reason,
        legalBasis: DEMO_AGENCY_KEYS.flatMap((key) => {
          const basis = spec.legal[key];
          return basis ? [{ agencyId: agencyId(key), basis }] : [];
        }),
        teamId: optionalTeamId(teamOfPremises.get(spec.key)),
        accessOffsetMinutes: spec.accessOffsetMinutes,
        order,
        label: `Objekt ${order + 1}`,
      },
      now,
    ),
  );
  const targetOf = new Map(DEMO_PREMISES.map((p, i) => [p.key, targets[i]?.id ?? '']));
  const targetId = (key: DemoPremisesKey): Id => targetOf.get(key) ?? '';

  const groupIds = { command: makeId(), teams: makeId(), reserve: makeId() };

  const teams = DEMO_TEAMS.map((spec, order) =>
    newTeam(
      {
        id: teamId(spec.key),
        operationId,
        name: spec.name,
        callSign: spec.callSign,
        leader: {
          name: spec.leader.name,
          participationId: participationId(spec.leader.agency),
          phone: dramaPhone(spec.leader.phone),
        },
        members: spec.members.map(([key, count]) => ({
          participationId: participationId(key),
          count,
          names: '',
        })),
        targetIds: spec.targets.map(targetId),
        talkGroupId: groupIds.teams,
        order,
        notes: spec.notes,
      },
      now,
    ),
  );

  const timeline: TimelineEntry[] = [
    newTimelineEntry(
      {
        id: makeId(),
        operationId,
        time: { kind: 'absolute', at: responseDeadline },
        phase: 'preparation',
        ...RESPONSE_DEADLINE_ENTRY,
      },
      now,
    ),
    ...DEMO_TIMELINE.map((step) =>
      newTimelineEntry(
        {
          id: makeId(),
          operationId,
          time: { kind: 'relative', offsetMinutes: step.offset },
          durationMinutes: step.duration,
          phase: step.phase,
          title: step.title,
          description: step.description,
          teamId: optionalTeamId(step.team),
          targetId: step.target ? targetId(step.target) : null,
        },
        now,
      ),
    ),
  ];

  const commsInput = {
    now,
    operationId,
    makeId,
    groupIds,
    commandAgencyId: agencyId('pp_essen'),
    participations,
    teams,
  };
  const comms: CommsEntry[] = [...demoTalkGroups(commsInput), ...demoPhoneList(commsInput)];

  const operation = newOperation(
    {
      id: operationId,
      codeName: 'DEMO WINTERLICHT',
      title: 'Beispiel: Verbundkontrolle Gastronomie und Wohnanlage in Essen',
      kind: 'joint_inspection',
      status: 'planning',
      classification: 'vs_nfd',
      leadAgencyId: agencyId('pp_essen'),
      operationLead: { ...LEAD, agencyId: agencyId('pp_essen') },
      municipalityId: 'essen',
      hHour,
      timeWindow: { start: at(-180), end: at(240) },
      responseDeadline,
      fileReference: `DEMO-${hDate.slice(0, 4)}-001 (fiktiv)`,
      thematicFields: ['shisha', 'illegal_gambling', 'problem_properties', 'benefit_fraud'],
      framework: demoFramework(agencyId, DEMO_AGENCY_KEYS, at(-120)),
      riskAssessment: demoRiskAssessment(LEAD.name, now),
    },
    now,
  );

  return {
    operation,
    premises,
    targets,
    participations,
    teams,
    timeline,
    comms,
  };
}
