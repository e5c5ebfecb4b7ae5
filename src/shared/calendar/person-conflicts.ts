// Deconfliction by person: the same team leader or liaison in two plans whose times overlap.
// A liaison picked from the agency's contacts is the same person in both plans ("sure"); names
// typed freely are matched only when they are equal after normalising case and spacing, and
// then shown as "möglicherweise dieselbe Person" ("possible") — two "Max Müller" exist.
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { Team } from '../domain/team';
import { COMMITTED_STATUSES } from '../roster/strength';
import { PersonColumns } from './person-columns';
import { scheduleOf, type Schedule } from './schedule';

import type { PersonConflict, PersonRole } from './person-columns';

export type { PersonConflict, PersonRole } from './person-columns';

/** One person named in one plan. */
export interface PersonEntry {
  operationId: string;
  role: PersonRole;
  name: string;
  /** The catalogue contact, when the liaison was picked from the agency's contacts. */
  contactId: string | null;
}

/** Calls `add` for each liaison of a committed participation and each leader of a team. */
export function eachPerson(
  participations: Iterable<Participation>,
  teams: Iterable<Team>,
  add: (operationId: string, role: PersonRole, name: string, contactId: string | null) => void,
): void {
  for (const p of participations) {
    if (!COMMITTED_STATUSES.has(p.confirmation.status)) continue;
    const { contactId, name } = p.liaison;
    if (contactId || name.trim() !== '') add(p.operationId, 'liaison', name, contactId);
  }
  for (const t of teams) {
    if (t.leader.name.trim() !== '') add(t.operationId, 'teamLeader', t.leader.name, null);
  }
}

/** The liaisons of committed participations and the leaders of teams, as person entries. */
export function personEntries(
  participations: Iterable<Participation>,
  teams: Iterable<Team>,
): PersonEntry[] {
  const out: PersonEntry[] = [];
  eachPerson(participations, teams, (operationId, role, name, contactId) =>
    out.push({ operationId, role, name, contactId }),
  );
  return out;
}

/** Every pair of overlapping plans that name the same person (by contact, else by name). */
export function findPersonConflicts(
  operations: Iterable<Operation>,
  entries: Iterable<PersonEntry>,
  schedule?: Schedule,
): PersonConflict[] {
  const people = new PersonColumns(schedule ?? scheduleOf(operations));
  for (const e of entries) people.add(e.operationId, e.role, e.name, e.contactId);
  return people.conflicts();
}

/**
 * The same from participations and teams directly (what `findAllConflicts` uses): an object
 * per person entry (50 000 over 10 000 plans) only to be read once was a tenth of the rule.
 */
export function findPersonConflictsOf(
  participations: Iterable<Participation>,
  teams: Iterable<Team>,
  schedule: Schedule,
): PersonConflict[] {
  const people = new PersonColumns(schedule);
  eachPerson(participations, teams, people.add);
  return people.conflicts();
}

/** The people two plans share, one entry per pair of plans and certainty (for lists). */
export interface SharedPeople {
  certainty: 'sure' | 'possible';
  /** Names as entered in the first operation, sorted, each once. */
  names: string[];
  operationIds: [string, string];
}

/**
 * A duplicated plan shares every liaison and team leader with its original: one line per person
 * made the list unreadable, so people are listed per pair of plans.
 */
export function sharedPeople(conflicts: readonly PersonConflict[]): SharedPeople[] {
  const out = new Map<string, SharedPeople>();
  for (const c of conflicts) {
    const key = `${c.operationIds.join('|')}|${c.certainty}`;
    const entry = out.get(key);
    if (entry) entry.names.push(c.name);
    else out.set(key, { certainty: c.certainty, names: [c.name], operationIds: c.operationIds });
  }
  return [...out.values()].map((s) => ({
    ...s,
    names: [...new Set(s.names)].sort((a, b) => a.localeCompare(b, 'de')),
  }));
}
