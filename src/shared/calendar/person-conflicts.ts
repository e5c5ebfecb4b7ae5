// Deconfliction by person: the same team leader or liaison in two plans whose times overlap.
// A liaison picked from the agency's contacts is the same person in both plans ("sure"); names
// typed freely are matched only when they are equal after normalising case and spacing, and
// then shown as "möglicherweise dieselbe Person" ("possible") — two "Max Müller" exist.
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { Team } from '../domain/team';
import { normaliseName, type Interval } from '../roster/deconfliction';
import { COMMITTED_STATUSES } from '../roster/strength';
import { scheduleOf, type Schedule } from './schedule';

export type PersonRole = 'liaison' | 'teamLeader';

/** One person named in one plan. */
export interface PersonEntry {
  operationId: string;
  role: PersonRole;
  name: string;
  /** The catalogue contact, when the liaison was picked from the agency's contacts. */
  contactId: string | null;
}

export interface PersonConflict {
  certainty: 'sure' | 'possible';
  /** The name as entered in the first operation. */
  name: string;
  /** Ordered by id. */
  operationIds: [string, string];
  roles: [PersonRole, PersonRole];
}

/** The liaisons of committed participations and the leaders of teams, as person entries. */
export function personEntries(
  participations: Iterable<Participation>,
  teams: Iterable<Team>,
): PersonEntry[] {
  const out: PersonEntry[] = [];
  for (const p of participations) {
    if (!COMMITTED_STATUSES.has(p.confirmation.status)) continue;
    const { contactId, name } = p.liaison;
    if (contactId || name.trim() !== '')
      out.push({ operationId: p.operationId, role: 'liaison', name, contactId });
  }
  for (const t of teams) {
    if (t.leader.name.trim() === '') continue;
    out.push({
      operationId: t.operationId,
      role: 'teamLeader',
      name: t.leader.name,
      contactId: null,
    });
  }
  return out;
}

interface Keyed {
  entry: PersonEntry;
  interval: Interval;
}

/** Every pair of overlapping plans that name the same person (by contact, else by name). */
export function findPersonConflicts(
  operations: Iterable<Operation>,
  entries: Iterable<PersonEntry>,
  schedule?: Schedule,
): PersonConflict[] {
  const intervals = schedule ?? scheduleOf(operations);
  // The same names recur across plans; Unicode normalisation of each was a third of the cost.
  const normalised = new Map<string, string>();
  const norm = (name: string) => {
    let n = normalised.get(name);
    if (n === undefined) normalised.set(name, (n = normaliseName(name)));
    return n;
  };
  const groups = new Map<string, Keyed[]>();
  const add = (key: string, k: Keyed) => {
    const list = groups.get(key);
    if (list) list.push(k);
    else groups.set(key, [k]);
  };
  for (const entry of entries) {
    const interval = intervals.get(entry.operationId);
    if (!interval) continue;
    if (entry.contactId) add(`contact:${entry.contactId}`, { entry, interval });
    const name = norm(entry.name);
    if (name !== '') add(`name:${name}`, { entry, interval });
  }
  const found = new Map<string, PersonConflict>();
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const certainty = key.startsWith('contact:') ? 'sure' : 'possible';
    // Sweep by start: once a later start reaches `a`'s end, no later one overlaps `a`.
    list.sort((a, b) => a.interval.start - b.interval.start);
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (!a) continue;
      for (let j = i + 1; j < list.length; j++) {
        const b = list[j];
        if (!b || b.interval.start >= a.interval.end) break;
        if (a.entry.operationId === b.entry.operationId) continue;
        const [x, y] = a.entry.operationId < b.entry.operationId ? [a, b] : [b, a];
        const id = `${x.entry.operationId}|${y.entry.operationId}|${key}`;
        const pair: PersonConflict = {
          certainty,
          name: x.entry.name,
          operationIds: [x.entry.operationId, y.entry.operationId],
          roles: [x.entry.role, y.entry.role],
        };
        if (!found.has(id)) found.set(id, pair);
      }
    }
  }
  return dropPossibleWhereSure([...found.values()], norm);
}

/** A contact found sure in a pair of plans is not listed again as "possibly" under its name. */
function dropPossibleWhereSure(
  all: PersonConflict[],
  norm: (name: string) => string,
): PersonConflict[] {
  const sure = new Set(
    all
      .filter((c) => c.certainty === 'sure')
      .map((c) => `${c.operationIds.join('|')}|${norm(c.name)}`),
  );
  return all.filter(
    (c) => c.certainty === 'sure' || !sure.has(`${c.operationIds.join('|')}|${norm(c.name)}`),
  );
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
