// Deconfliction by person: the same team leader or liaison in two plans whose times overlap.
// A liaison picked from the agency's contacts is the same person in both plans ("sure"); names
// typed freely are matched only when they are equal after normalising case and spacing, and
// then shown as "möglicherweise dieselbe Person" ("possible") — two "Max Müller" exist.
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import type { Team } from '../domain/team';
import { normaliseName } from '../roster/deconfliction';
import { COMMITTED_STATUSES } from '../roster/strength';
import { scheduleOf, stableOrder, startRanks, type Schedule } from './schedule';

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

/** Every pair of overlapping plans that name the same person (by contact, else by name). */
export function findPersonConflicts(
  operations: Iterable<Operation>,
  entries: Iterable<PersonEntry>,
  schedule?: Schedule,
): PersonConflict[] {
  const s = schedule ?? scheduleOf(operations);
  // The same names recur across plans; Unicode normalisation of each was a third of the cost.
  const normalised = new Map<string, string>();
  // Groups — one per catalogue contact ("sure"), one per normalised name — numbered in the
  // order first seen; entries and their memberships as columns of numbers.
  const byContact = new Map<string, number>();
  const byName = new Map<string, number>();
  const sure: boolean[] = [];
  const groupOf = (groups: Map<string, number>, key: string, isSure: boolean) => {
    let group = groups.get(key);
    if (group === undefined) {
      groups.set(key, (group = sure.length));
      sure.push(isSure);
    }
    return group;
  };
  const kept: PersonEntry[] = [];
  const keptSlot: number[] = [];
  /** The group of its normalised name (−1: the name is blank). */
  const keptName: number[] = [];
  const member: number[] = [];
  const memberSlot: number[] = [];
  const memberGroup: number[] = [];
  for (const entry of entries) {
    const slot = s.slot.get(entry.operationId);
    if (slot === undefined) continue;
    let name = normalised.get(entry.name);
    if (name === undefined) normalised.set(entry.name, (name = normaliseName(entry.name)));
    const e = kept.length;
    kept.push(entry);
    keptSlot.push(slot);
    if (entry.contactId) {
      member.push(e);
      memberSlot.push(slot);
      memberGroup.push(groupOf(byContact, entry.contactId, true));
    }
    if (name !== '') {
      const group = groupOf(byName, name, false);
      member.push(e);
      memberSlot.push(slot);
      memberGroup.push(group);
      keptName.push(group);
    } else keptName.push(-1);
  }
  // By group, each in start order (ties in the order entries came in).
  const order = stableOrder(
    memberGroup,
    sure.length,
    stableOrder(startRanks(s, memberSlot), s.ranks),
  );
  const found: PersonConflict[] = [];
  /** Per conflict: its plans and the name group of its first entry, to match sure and possible. */
  const foundKey: string[] = [];
  const slots = s.ids.length;
  const pairs = new Set<number>();
  for (let g = 0; g < order.length;) {
    const group = memberGroup[order[g] ?? 0] ?? 0;
    let h = g;
    while (h < order.length && memberGroup[order[h] ?? 0] === group) h++;
    // A sweep by start: once a later start reaches `a`'s end, no later one overlaps `a`. The
    // first entry naming a pair of plans in a group names the person.
    pairs.clear();
    for (let i = g; i < h; i++) {
      const a = member[order[i] ?? 0] ?? 0;
      const aSlot = keptSlot[a] ?? 0;
      const end = s.end[aSlot] ?? 0;
      for (let j = i + 1; j < h; j++) {
        const b = member[order[j] ?? 0] ?? 0;
        const bSlot = keptSlot[b] ?? 0;
        if ((s.start[bSlot] ?? 0) >= end) break;
        if (aSlot === bSlot) continue;
        const [x, y] = (s.ids[aSlot] ?? '') < (s.ids[bSlot] ?? '') ? [a, b] : [b, a];
        const xSlot = keptSlot[x] ?? 0;
        const ySlot = keptSlot[y] ?? 0;
        const pair = xSlot * slots + ySlot;
        if (pairs.has(pair)) continue;
        pairs.add(pair);
        const ex = kept[x];
        const ey = kept[y];
        if (!ex || !ey) continue;
        found.push({
          certainty: sure[group] ? 'sure' : 'possible',
          name: ex.name,
          operationIds: [ex.operationId, ey.operationId],
          roles: [ex.role, ey.role],
        });
        foundKey.push(`${pair}|${keptName[x] ?? -1}`);
      }
    }
    g = h;
  }
  // A contact found sure in a pair of plans is not listed again as "possibly" under its name.
  const sureKeys = new Set(foundKey.filter((_, i) => found[i]?.certainty === 'sure'));
  return found.filter((c, i) => c.certainty === 'sure' || !sureKeys.has(foundKey[i] ?? ''));
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
