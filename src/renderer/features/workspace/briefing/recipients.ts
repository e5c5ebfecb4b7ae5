// Who can receive a copy of the Einsatzbefehl: the lead's full order and one need-to-know copy
// per participating agency (its scope from the visible rules, overridable per recipient).
import {
  agencyScope,
  copyOf,
  nextCopyNumber,
  type BriefingScope,
  type DistributionCopy,
} from '@shared/documents/briefing';
import type { Agency, PlanSnapshot } from '@shared/domain';

export interface Recipient {
  key: string;
  name: string;
  agencyId: string | null;
  scope: BriefingScope;
}

/** The full order for the lead, then each participating agency once, in plan order. */
export function recipientsOf(
  plan: PlanSnapshot,
  agencies: ReadonlyMap<string, Agency>,
  overrides: ReadonlyMap<string, readonly string[]>,
  leadName: string,
): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [
    { key: 'full', name: leadName, agencyId: null, scope: { kind: 'full' } },
  ];
  for (const p of plan.participations) {
    if (seen.has(p.agencyId)) continue;
    seen.add(p.agencyId);
    out.push({
      key: p.agencyId,
      name: agencies.get(p.agencyId)?.name ?? p.agencyId,
      agencyId: p.agencyId,
      scope: agencyScope(plan, p.agencyId, overrides.get(p.agencyId) ?? null),
    });
  }
  return out;
}

/** The number this recipient's copy has or will get (a reprint keeps its number). */
export function copyNumberFor(copies: readonly DistributionCopy[], r: Recipient): number {
  return copyOf(copies, { name: r.name, agencyId: r.agencyId })?.number ?? nextCopyNumber(copies);
}
