// The person rule's working table: people named in plans as columns of numbers (operation slot,
// group of the catalogue contact, group of the normalised name), ordered by two counting sorts
// and swept per group. Objects are made only for the conflicts found.
import { normaliseName } from '../roster/deconfliction';
import { stableOrder, type Schedule } from './schedule';

export type PersonRole = 'liaison' | 'teamLeader';

export interface PersonConflict {
  certainty: 'sure' | 'possible';
  /** The name as entered in the first operation. */
  name: string;
  /** Ordered by id. */
  operationIds: [string, string];
  roles: [PersonRole, PersonRole];
}

export class PersonColumns {
  /** Groups — one per catalogue contact ("sure"), one per normalised name — numbered as met. */
  private readonly byContact = new Map<string, number>();
  private readonly byName = new Map<string, number>();
  /** A name as typed → its name group (−1: blank). The same names recur across plans, and
   * Unicode normalisation of each was a third of the rule's cost. */
  private readonly nameGroup = new Map<string, number>();
  private readonly sure: boolean[] = [];
  private readonly role: PersonRole[] = [];
  private readonly name: string[] = [];
  private readonly slot: number[] = [];
  private readonly member: number[] = [];
  private readonly memberGroup: number[] = [];

  constructor(private readonly schedule: Schedule) {}

  /** One person named in one plan (plans that are not scheduled are left out). */
  add = (operationId: string, role: PersonRole, name: string, contactId: string | null): void => {
    const slot = this.schedule.slot.get(operationId);
    if (slot === undefined) return;
    let group = this.nameGroup.get(name);
    if (group === undefined) {
      const normalised = normaliseName(name);
      group = normalised === '' ? -1 : this.groupOf(this.byName, normalised, false);
      this.nameGroup.set(name, group);
    }
    const e = this.slot.length;
    this.role.push(role);
    this.name.push(name);
    this.slot.push(slot);
    // Contact before name: groups are numbered in that order, as they are listed.
    if (contactId) this.join(e, this.groupOf(this.byContact, contactId, true));
    if (group >= 0) this.join(e, group);
  };

  private groupOf(groups: Map<string, number>, key: string, sure: boolean): number {
    let group = groups.get(key);
    if (group === undefined) {
      groups.set(key, (group = this.sure.length));
      this.sure.push(sure);
    }
    return group;
  }

  private join(entry: number, group: number): void {
    this.member.push(entry);
    this.memberGroup.push(group);
  }

  /** Every pair of overlapping plans naming one person, the first entry per pair and group. */
  conflicts(): PersonConflict[] {
    const s = this.schedule;
    const { member, memberGroup, slot: slotOf } = this;
    const ranks = new Uint32Array(member.length);
    for (let i = 0; i < member.length; i++) ranks[i] = s.rank[slotOf[member[i] ?? 0] ?? 0] ?? 0;
    // By group, each in start order (ties in the order entries came in).
    const order = stableOrder(memberGroup, this.sure.length, stableOrder(ranks, s.ranks));
    // The members in that order as columns (entry, slot, start, group): the sweep reads them
    // side by side instead of through three lookups per step.
    const n = order.length;
    const entryAt = new Uint32Array(n);
    const slotAt = new Uint32Array(n);
    const startAt = new Float64Array(n);
    const groupAt = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const m = order[i] ?? 0;
      const e = member[m] ?? 0;
      const slot = slotOf[e] ?? 0;
      entryAt[i] = e;
      slotAt[i] = slot;
      startAt[i] = s.start[slot] ?? 0;
      groupAt[i] = memberGroup[m] ?? 0;
    }
    const found: PersonConflict[] = [];
    /** Per conflict: its plans and the name group of its first entry, to match sure and possible. */
    const foundKey: string[] = [];
    const slots = s.ids.length;
    const pairs = new Set<number>();
    for (let g = 0; g < n;) {
      const group = groupAt[g] ?? 0;
      let h = g + 1;
      while (h < n && groupAt[h] === group) h++;
      // A sweep by start: once a later start reaches `a`'s end, no later one overlaps `a`.
      pairs.clear();
      for (let i = g; i < h; i++) {
        const aSlot = slotAt[i] ?? 0;
        const end = s.end[aSlot] ?? 0;
        for (let j = i + 1; j < h && (startAt[j] ?? 0) < end; j++) {
          const bSlot = slotAt[j] ?? 0;
          if (aSlot === bSlot) continue;
          const aFirst = (s.ids[aSlot] ?? '') < (s.ids[bSlot] ?? '');
          const x = (aFirst ? entryAt[i] : entryAt[j]) ?? 0;
          const y = (aFirst ? entryAt[j] : entryAt[i]) ?? 0;
          const pair = aFirst ? aSlot * slots + bSlot : bSlot * slots + aSlot;
          if (pairs.has(pair)) continue;
          pairs.add(pair);
          found.push({
            certainty: this.sure[group] ? 'sure' : 'possible',
            name: this.name[x] ?? '',
            operationIds: [
              s.ids[aFirst ? aSlot : bSlot] ?? '',
              s.ids[aFirst ? bSlot : aSlot] ?? '',
            ],
            roles: [this.role[x] ?? 'liaison', this.role[y] ?? 'liaison'],
          });
          foundKey.push(`${pair}|${this.nameGroup.get(this.name[x] ?? '') ?? -1}`);
        }
      }
      g = h;
    }
    // A contact found sure in a pair of plans is not listed again as "possibly" under its name.
    const sureKeys = new Set(foundKey.filter((_, i) => found[i]?.certainty === 'sure'));
    return found.filter((c, i) => c.certainty === 'sure' || !sureKeys.has(foundKey[i] ?? ''));
  }
}
