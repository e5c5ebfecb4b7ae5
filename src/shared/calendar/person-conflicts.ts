// Deconfliction by person: the same team leader or liaison in two plans whose times overlap.
// A liaison picked from the agency's contacts is the same person in both plans ("sure"); names
// typed freely are matched only when they are equal after normalising case and spacing, and
// then shown as "möglicherweise dieselbe Person" ("possible") — two "Max Müller" exist.
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { Team } from '../domain/team';
import { normaliseName, type Interval } from '../roster/deconfliction';
import { COMMITTED_STATUSES } from '../roster/strength';
import { inStartOrder, scheduleOf, type Schedule } from './schedule';

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
  /** The groups it belongs to: its catalogue contact's and its normalised name's. */
  contact: Group | null;
  name: Group | null;
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
  // Contacts and names in two maps, groups in the order first seen: a "contact:…"/"name:…" key
  // string per entry (50 000) and a sort per group were most of this rule's cost.
  const byContact = new Map<string, Group>();
  const byName = new Map<string, Group>();
  const order: Group[] = [];
  const groupOf = (groups: Map<string, Group>, key: string, sure: boolean) => {
    let group = groups.get(key);
    if (!group) {
      groups.set(key, (group = { key, sure, list: [] }));
      order.push(group);
    }
    return group;
  };
  const keyed: Keyed[] = [];
  for (const entry of entries) {
    const interval = intervals.get(entry.operationId);
    if (!interval) continue;
    const name = norm(entry.name);
    keyed.push({
      entry,
      interval,
      contact: entry.contactId ? groupOf(byContact, entry.contactId, true) : null,
      name: name !== '' ? groupOf(byName, name, false) : null,
    });
  }
  // Filled in start order, each group is sorted by start (ties in the order entries came in).
  for (const k of inStartOrder(keyed, (x) => x.interval.start)) {
    k.contact?.list.push(k);
    k.name?.list.push(k);
  }
  const found = new Map<string, PersonConflict>();
  for (const group of order) if (group.list.length > 1) sweep(group, found);
  return dropPossibleWhereSure([...found.values()], norm);
}

/** Entries naming one person: by catalogue contact ("sure") or by normalised name. */
interface Group {
  key: string;
  sure: boolean;
  list: Keyed[];
}

/** Every pair of overlapping plans in one group, into `found` (first per plans and key wins). */
function sweep({ key, sure, list }: Group, found: Map<string, PersonConflict>): void {
  // A sweep by start: once a later start reaches `a`'s end, no later one overlaps `a`.
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a) continue;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j];
      if (!b || b.interval.start >= a.interval.end) break;
      if (a.entry.operationId === b.entry.operationId) continue;
      const [x, y] = a.entry.operationId < b.entry.operationId ? [a, b] : [b, a];
      const id = `${x.entry.operationId}|${y.entry.operationId}|${sure ? 'contact:' : 'name:'}${key}`;
      if (found.has(id)) continue;
      found.set(id, {
        certainty: sure ? 'sure' : 'possible',
        name: x.entry.name,
        operationIds: [x.entry.operationId, y.entry.operationId],
        roles: [x.entry.role, y.entry.role],
      });
    }
  }
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
