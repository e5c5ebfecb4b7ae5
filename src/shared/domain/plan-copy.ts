// Copying plans: duplicates, templates (Muster) and "start from a past operation". A copy gets
// fresh ids everywhere with every reference remapped; a template keeps structure, texts, roles
// and the relative timeline, but no persons, no dates and no results.
import type { Id } from './common';
import type { Operation } from './operation';
import type { Participation } from './participation';
import type { PlanSnapshot } from './revision';
import { requestedConfirmation } from './factories';
import { guidesForPattern } from './field-guides';

type MakeId = () => Id;

function remapper(makeId: MakeId) {
  const map = new Map<Id, Id>();
  const id = (old: Id): Id => {
    let n = map.get(old);
    if (!n) map.set(old, (n = makeId()));
    return n;
  };
  const ref = (old: Id | null): Id | null => (old === null ? null : (map.get(old) ?? null));
  return { id, ref };
}

const stamp = (now: string) => ({ createdAt: now, updatedAt: now, rev: 0 });

/** A faithful copy with fresh ids (Duplicate). Status, approval and revision start over. */
export function clonePlan(plan: PlanSnapshot, makeId: MakeId, now: string): PlanSnapshot {
  const r = remapper(makeId);
  const operationId = r.id(plan.operation.id);
  // Assign ids first so references between children can be remapped in any order.
  for (const x of [
    ...plan.targets,
    ...plan.participations,
    ...plan.teams,
    ...plan.timeline,
    ...plan.comms,
  ])
    r.id(x.id);
  return {
    operation: {
      ...plan.operation,
      ...stamp(now),
      id: operationId,
      status: 'draft',
      approval: null,
      submittedForApproval: null,
      executed: null,
      revision: 1,
      archivedAt: null,
      deletedAt: null,
    },
    targets: plan.targets.map((t) => ({
      ...t,
      ...stamp(now),
      id: r.id(t.id),
      operationId,
      teamId: r.ref(t.teamId),
      status: 'planned',
    })),
    participations: plan.participations.map((p) => ({
      ...p,
      ...stamp(now),
      id: r.id(p.id),
      operationId,
    })),
    teams: plan.teams.map((t) => ({
      ...t,
      ...stamp(now),
      id: r.id(t.id),
      operationId,
      leader: { ...t.leader, participationId: r.ref(t.leader.participationId) },
      members: t.members.flatMap((m) => {
        const participationId = r.ref(m.participationId);
        return participationId ? [{ ...m, participationId }] : [];
      }),
      targetIds: t.targetIds.flatMap((x) => r.ref(x) ?? []),
      talkGroupId: r.ref(t.talkGroupId),
    })),
    timeline: plan.timeline.map((e) => ({
      ...e,
      ...stamp(now),
      id: r.id(e.id),
      operationId,
      teamId: r.ref(e.teamId),
      targetId: r.ref(e.targetId),
    })),
    comms: plan.comms.map((c) =>
      c.type === 'talk_group'
        ? {
            ...c,
            ...stamp(now),
            id: r.id(c.id),
            operationId,
            teamIds: c.teamIds.flatMap((x) => r.ref(x) ?? []),
          }
        : { ...c, ...stamp(now), id: r.id(c.id), operationId },
    ),
  };
}

function withoutPersonsAndDates(operation: Operation): Operation {
  const { framework, fieldGuides: _guides, ...rest } = operation;
  const fieldGuides = guidesForPattern(operation.fieldGuides, operation.thematicFields);
  return {
    ...rest,
    ...(fieldGuides ? { fieldGuides } : {}),
    operationLead: {
      name: '',
      function: operation.operationLead.function,
      agencyId: operation.operationLead.agencyId,
      phone: '',
    },
    hHour: null,
    timeWindow: null,
    responseDeadline: null,
    fileReference: '',
    riskAssessment: { assessed: null, items: operation.riskAssessment.items },
    framework: {
      ...framework,
      execution: {
        ...framework.execution,
        briefingMeeting: { at: null, place: framework.execution.briefingMeeting.place },
      },
      command: { ...framework.command, commandPostPhone: '' },
    },
  };
}

function resetParticipation(p: Participation, now: string): Participation {
  const confirmation = requestedConfirmation(now, '');
  return {
    ...p,
    liaison: {
      contactId: null,
      name: '',
      function: p.liaison.function,
      phone: '',
      mobile: '',
      email: '',
    },
    confirmation,
    history: [confirmation],
  };
}

/**
 * The reusable part of a plan: structure, texts, roles and the relative timeline. Persons
 * (names, phone numbers), dates (H-hour, windows, absolute times) and results are dropped.
 */
export function stripToPattern(
  plan: PlanSnapshot,
  makeId: MakeId,
  now: string,
  asTemplate: boolean,
): PlanSnapshot {
  const copy = clonePlan(plan, makeId, now);
  return {
    operation: { ...withoutPersonsAndDates(copy.operation), template: asTemplate },
    targets: copy.targets,
    participations: copy.participations.map((p) => resetParticipation(p, now)),
    teams: copy.teams.map((t) => ({
      ...t,
      leader: { name: '', participationId: t.leader.participationId, phone: '' },
      members: t.members.map((m) => ({ ...m, names: '' })),
    })),
    timeline: copy.timeline.filter((e) => e.time.kind === 'relative'),
    // The phone list is persons and numbers: not part of a pattern. Talk groups are structure.
    comms: copy.comms.filter((c) => c.type === 'talk_group'),
  };
}
