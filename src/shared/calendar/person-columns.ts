// The person rule's working table: people named in plans as columns of numbers (operation slot,
// group of the catalogue contact, group of the normalised name), ordered by two counting sorts
// and swept per group. Objects are made only for the conflicts found.
import { normaliseName } from '../roster/deconfliction';
import { stableOrder, startRanks, type Schedule } from './schedule';

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
  private readonly operationId: string[] = [];
  private readonly role: PersonRole[] = [];
  private readonly name: string[] = [];
  private readonly slot: number[] = [];
  private readonly nameOf: number[] = [];
  private readonly member: number[] = [];
  private readonly memberSlot: number[] = [];
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
    this.operationId.push(operationId);
    this.role.push(role);
    this.name.push(name);
    this.slot.push(slot);
    this.nameOf.push(group);
    // Contact before name: groups are numbered in that order, as they are listed.
    if (contactId) this.join(e, slot, this.groupOf(this.byContact, contactId, true));
    if (group >= 0) this.join(e, slot, group);
  };

  private groupOf(groups: Map<string, number>, key: string, sure: boolean): number {
    let group = groups.get(key);
    if (group === undefined) {
      groups.set(key, (group = this.sure.length));
      this.sure.push(sure);
    }
    return group;
  }

  private join(entry: number, slot: number, group: number): void {
    this.member.push(entry);
    this.memberSlot.push(slot);
    this.memberGroup.push(group);
  }

  /** Every pair of overlapping plans naming one person, the first entry per pair and group. */
  conflicts(): PersonConflict[] {
    const s = this.schedule;
    const { member, memberGroup, slot: slotOf } = this;
    // By group, each in start order (ties in the order entries came in).
    const order = stableOrder(
      memberGroup,
      this.sure.length,
      stableOrder(startRanks(s, this.memberSlot), s.ranks),
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
      // A sweep by start: once a later start reaches `a`'s end, no later one overlaps `a`.
      pairs.clear();
      for (let i = g; i < h; i++) {
        const a = member[order[i] ?? 0] ?? 0;
        const aSlot = slotOf[a] ?? 0;
        const end = s.end[aSlot] ?? 0;
        for (let j = i + 1; j < h; j++) {
          const b = member[order[j] ?? 0] ?? 0;
          const bSlot = slotOf[b] ?? 0;
          if ((s.start[bSlot] ?? 0) >= end) break;
          if (aSlot === bSlot) continue;
          const aFirst = (s.ids[aSlot] ?? '') < (s.ids[bSlot] ?? '');
          const x = aFirst ? a : b;
          const y = aFirst ? b : a;
          const pair = aFirst ? aSlot * slots + bSlot : bSlot * slots + aSlot;
          if (pairs.has(pair)) continue;
          pairs.add(pair);
          found.push({
            certainty: this.sure[group] ? 'sure' : 'possible',
            name: this.name[x] ?? '',
            operationIds: [this.operationId[x] ?? '', this.operationId[y] ?? ''],
            roles: [this.role[x] ?? 'liaison', this.role[y] ?? 'liaison'],
          });
          foundKey.push(`${pair}|${this.nameOf[x] ?? -1}`);
        }
      }
      g = h;
    }
    // A contact found sure in a pair of plans is not listed again as "possibly" under its name.
    const sureKeys = new Set(foundKey.filter((_, i) => found[i]?.certainty === 'sure'));
    return found.filter((c, i) => c.certainty === 'sure' || !sureKeys.has(foundKey[i] ?? ''));
  }
}
