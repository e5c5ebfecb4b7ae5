// Merge planning: merging a duplicate agency (B) into the agency kept (A). Says what moves —
// contacts, participations, team references, phone entries, operation heads, legal bases,
// findings — without writing anything, so the UI can preview it and the repository can write
// all of it in one transaction.
import type { Agency, Contact } from '../domain/agency';
import type { CommsEntry } from '../domain/comms';
import { LIMITS } from '../domain/common';
import type { Finding } from '../domain/finding';
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { OperationTarget } from '../domain/target';
import type { Team } from '../domain/team';
import { reassignAgency, type OperationResults } from '../results/record';
import { normaliseName } from './deconfliction';
import { foldParticipations, joinText } from './merge-participations';

export interface MergeInput {
  survivor: Agency;
  duplicate: Agency;
  /** Records that may reference either agency; others are ignored. */
  participations: readonly Participation[];
  teams: readonly Team[];
  comms: readonly CommsEntry[];
  operations: readonly Operation[];
  targets: readonly OperationTarget[];
  findings: readonly Finding[];
  /** Results records (one per operation); absent: none read. */
  results?: readonly OperationResults[];
  now: string;
  actor: string;
  makeId: () => string;
}

export interface MergeSummary {
  contactsMoved: number;
  contactsCombined: number;
  participationsMoved: number;
  participationsFolded: number;
  teams: number;
  phoneEntries: number;
  operations: number;
  targets: number;
  findings: number;
  /** Results records with rows of the duplicate (its rows move to the agency kept). */
  results: number;
}

export interface MergePlan {
  survivor: Agency;
  duplicate: Agency;
  participations: Participation[];
  /** B's participations folded into A's in the same operation. */
  removedParticipations: Participation[];
  teams: Team[];
  comms: CommsEntry[];
  operations: Operation[];
  targets: OperationTarget[];
  findings: Finding[];
  results: OperationResults[];
  summary: MergeSummary;
}

export type MergeError = 'same_agency' | 'already_merged' | 'too_many_contacts';

const MAX_CONTACTS = 200;

function mergeContacts(a: Agency, b: Agency, makeId: () => string) {
  const contacts: Contact[] = a.contacts.map((c) => ({ ...c }));
  const idMap = new Map<string, string>();
  let moved = 0;
  let combined = 0;
  const taken = new Set(contacts.map((c) => c.id));
  for (const c of b.contacts) {
    const same = contacts.find((x) => normaliseName(x.name) === normaliseName(c.name));
    if (same) {
      // The same person: keep A's entry and fill its gaps from B's.
      for (const k of ['function', 'phone', 'mobile', 'email', 'radioCallSign'] as const)
        if (same[k] === '') same[k] = c[k];
      idMap.set(c.id, same.id);
      combined++;
      continue;
    }
    const id = taken.has(c.id) ? makeId() : c.id;
    taken.add(id);
    contacts.push({ ...c, id });
    idMap.set(c.id, id);
    moved++;
  }
  return { contacts, idMap, moved, combined };
}

function fillFrom(a: Agency, b: Agency, contacts: Contact[]): Agency {
  const pick = (x: string, y: string) => (x.trim() === '' ? y : x);
  return {
    ...a,
    catalogKey: a.catalogKey ?? b.catalogKey,
    shortName: pick(a.shortName, b.shortName),
    address: pick(a.address, b.address),
    phone: pick(a.phone, b.phone),
    email: pick(a.email, b.email),
    jurisdiction: { ...a.jurisdiction, area: pick(a.jurisdiction.area, b.jurisdiction.area) },
    notes: joinText(a.notes, b.notes),
    contacts,
  };
}

export function planAgencyMerge(input: MergeInput): MergePlan | { error: MergeError } {
  const { survivor: a, duplicate: b } = input;
  if (a.id === b.id) return { error: 'same_agency' };
  if (a.mergedInto !== null || b.mergedInto !== null) return { error: 'already_merged' };
  const c = mergeContacts(a, b, input.makeId);
  if (c.contacts.length > MAX_CONTACTS) return { error: 'too_many_contacts' };
  const survivor = fillFrom(a, b, c.contacts);
  const duplicate: Agency = { ...b, mergedInto: a.id };

  const remapContact = (id: string | null) => (id === null ? null : (c.idMap.get(id) ?? id));
  const aByOperation = new Map(
    input.participations.filter((p) => p.agencyId === a.id).map((p) => [p.operationId, p]),
  );
  const participations: Participation[] = [];
  const removedParticipations: Participation[] = [];
  /** B's participation ids that disappear → the A participation that absorbed them. */
  const absorbedInto = new Map<string, string>();
  for (const p of input.participations) {
    if (p.agencyId !== b.id) continue;
    const ap = aByOperation.get(p.operationId);
    if (!ap) {
      participations.push({
        ...p,
        agencyId: a.id,
        liaison: { ...p.liaison, contactId: remapContact(p.liaison.contactId) },
      });
      continue;
    }
    const folded = foldParticipations(ap, p, {
      now: input.now,
      actor: input.actor,
      survivorName: a.name,
      duplicateName: b.name,
      contactIdMap: c.idMap,
    });
    // Two B participations in one operation (itself a past duplicate) fold one after the other.
    aByOperation.set(p.operationId, folded);
    const prior = participations.findIndex((x) => x.id === folded.id);
    if (prior >= 0) participations[prior] = folded;
    else participations.push(folded);
    removedParticipations.push(p);
    absorbedInto.set(p.id, ap.id);
  }

  const teams = input.teams.flatMap((t) => {
    const touches =
      t.members.some((m) => absorbedInto.has(m.participationId)) ||
      (t.leader.participationId !== null && absorbedInto.has(t.leader.participationId));
    if (!touches) return [];
    const members: Team['members'] = [];
    for (const m of t.members) {
      const id = absorbedInto.get(m.participationId) ?? m.participationId;
      const same = members.find((x) => x.participationId === id);
      if (same) {
        same.count = Math.min(1_000, same.count + m.count);
        same.names = joinText(same.names, m.names, LIMITS.text, ', ');
      } else members.push({ ...m, participationId: id });
    }
    const leaderId = t.leader.participationId;
    const leader = {
      ...t.leader,
      participationId: leaderId === null ? null : (absorbedInto.get(leaderId) ?? leaderId),
    };
    return [{ ...t, members, leader }];
  });

  const comms = input.comms.flatMap((e) =>
    e.type === 'phone' && e.agencyId === b.id ? [{ ...e, agencyId: a.id }] : [],
  );

  const operations = input.operations.flatMap((o) => {
    const objectives = o.framework.mission.agencyObjectives;
    const touches =
      o.leadAgencyId === b.id ||
      o.operationLead.agencyId === b.id ||
      objectives.some((x) => x.agencyId === b.id);
    if (!touches) return [];
    const merged: typeof objectives = [];
    for (const x of objectives) {
      const agencyId = x.agencyId === b.id ? a.id : x.agencyId;
      const same = merged.find((m) => m.agencyId === agencyId);
      if (same) same.objective = joinText(same.objective, x.objective);
      else merged.push({ ...x, agencyId });
    }
    const swap = (id: string | null) => (id === b.id ? a.id : id);
    return [
      {
        ...o,
        leadAgencyId: swap(o.leadAgencyId),
        operationLead: { ...o.operationLead, agencyId: swap(o.operationLead.agencyId) },
        framework: {
          ...o.framework,
          mission: { ...o.framework.mission, agencyObjectives: merged },
        },
      },
    ];
  });

  const targets = input.targets.flatMap((t) => {
    if (!t.legalBasis.some((x) => x.agencyId === b.id)) return [];
    const legalBasis: OperationTarget['legalBasis'] = [];
    for (const x of t.legalBasis) {
      const agencyId = x.agencyId === b.id ? a.id : x.agencyId;
      const same = legalBasis.find((m) => m.agencyId === agencyId);
      if (same) same.basis = joinText(same.basis, x.basis, LIMITS.text, '; ');
      else legalBasis.push({ ...x, agencyId });
    }
    return [{ ...t, legalBasis }];
  });

  const findings = input.findings.flatMap((f) =>
    f.agencyId === b.id ? [{ ...f, agencyId: a.id }] : [],
  );

  const results = (input.results ?? []).flatMap((r) => {
    const next = reassignAgency(r, b.id, a.id);
    return next === r ? [] : [next];
  });

  return {
    survivor,
    duplicate,
    participations,
    removedParticipations,
    teams,
    comms,
    operations,
    targets,
    findings,
    results,
    summary: {
      contactsMoved: c.moved,
      contactsCombined: c.combined,
      participationsMoved: participations.length - new Set(absorbedInto.values()).size,
      participationsFolded: removedParticipations.length,
      teams: teams.length,
      phoneEntries: comms.length,
      operations: operations.length,
      targets: targets.length,
      findings: findings.length,
      results: results.length,
    },
  };
}
