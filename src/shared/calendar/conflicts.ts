// All deconfliction rules across operations in one list: the same premises within N days, an
// agency beyond its daily capacity, the same person in overlapping plans. The Kalender badges,
// the "Konflikte" list and Bereitschaft all read this one result.
import type { Agency } from '../domain/agency';
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { OperationTarget } from '../domain/target';
import type { Team } from '../domain/team';
import { findCapacityConflicts, type CapacityConflict } from './agency-capacity';
import { findPersonConflictsOf, sharedPeople, type SharedPeople } from './person-conflicts';
import { scheduleOf } from './schedule';
import {
  DEFAULT_PREMISES_DAYS,
  findPremisesConflicts,
  type PremisesConflict,
} from './premises-conflicts';

export type Conflict =
  | ({ kind: 'premises' } & PremisesConflict)
  | ({ kind: 'capacity' } & CapacityConflict)
  | ({ kind: 'person' } & SharedPeople);

export interface ConflictInput {
  operations: Iterable<Operation>;
  targets: Iterable<OperationTarget>;
  participations: Iterable<Participation>;
  agencies: Iterable<Agency>;
  teams: Iterable<Team>;
  /** The premises window in days (setting `conflictWindowDays`). */
  withinDays?: number;
}

export function findAllConflicts(input: ConflictInput): Conflict[] {
  // Operations are read more than once; an iterator (a Map's values) would be spent after one.
  const operations = [...input.operations];
  const participations = [...input.participations];
  const schedule = scheduleOf(operations);
  return [
    ...findPremisesConflicts(
      operations,
      input.targets,
      input.withinDays ?? DEFAULT_PREMISES_DAYS,
      schedule,
    ).map((c) => ({ kind: 'premises' as const, ...c })),
    ...findCapacityConflicts(operations, participations, input.agencies, schedule).map((c) => ({
      kind: 'capacity' as const,
      ...c,
    })),
    ...sharedPeople(findPersonConflictsOf(participations, input.teams, schedule)).map((c) => ({
      kind: 'person' as const,
      ...c,
    })),
  ];
}

/** The conflicts each operation is part of (a pair is counted in both of its operations). */
export function conflictsByOperation(all: readonly Conflict[]): Map<string, Conflict[]> {
  const out = new Map<string, Conflict[]>();
  for (const c of all) {
    for (const id of c.operationIds) {
      const list = out.get(id);
      if (list) list.push(c);
      else out.set(id, [c]);
    }
  }
  return out;
}
