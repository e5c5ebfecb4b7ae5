// Need-to-know: what one recipient agency's copy contains, by rules the lead can read and
// override. The default rule: the targets its people are sent to (through a team with its
// members or led by its people) and those teams' cards; the common parts go to everyone.
import type { PlanSnapshot } from '../../domain/revision';
import { teamsByTarget } from '../../roster/totals';

/** What a copy holds. `full` is the whole order (the lead's copy, the briefing's annex B). */
export type BriefingScope =
  { kind: 'full' } | { kind: 'agency'; agencyId: string; targetIds: string[]; teamIds: string[] };

/** Why a target is in (or out of) a recipient's copy, as the lead sees it before exporting. */
export interface ScopeRule {
  targetId: string;
  included: boolean;
  /** German sentence for the rule list ("Team 2 mit Kräften der Behörde"). */
  reason: string;
  overridden: boolean;
}

/** Targets in print order: the order the plan gives them (aliases count in this order). */
export function orderedTargets(plan: PlanSnapshot): PlanSnapshot['targets'] {
  return [...plan.targets]
    .filter((t) => t.status !== 'dropped')
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The teams in which `agencyId` has people or the leader. */
export function teamsOfAgency(plan: PlanSnapshot, agencyId: string): string[] {
  const mine = new Set(plan.participations.filter((p) => p.agencyId === agencyId).map((p) => p.id));
  return plan.teams
    .filter(
      (t) =>
        t.members.some((m) => m.count > 0 && mine.has(m.participationId)) ||
        (t.leader.participationId !== null && mine.has(t.leader.participationId)),
    )
    .map((t) => t.id);
}

/**
 * The rule per target for one agency. `override` (the lead's choice of target ids for this
 * recipient) replaces the default where given; the reasons say which applied.
 */
export function scopeRules(
  plan: PlanSnapshot,
  agencyId: string,
  override: readonly string[] | null = null,
): ScopeRule[] {
  const teams = new Set(teamsOfAgency(plan, agencyId));
  const teamNames = new Map(plan.teams.map((t) => [t.id, t.name]));
  const byTarget = teamsByTarget(plan);
  return orderedTargets(plan).map((t) => {
    const via = (byTarget.get(t.id) ?? []).filter((id) => teams.has(id));
    const byRule = via.length > 0;
    const included = override ? override.includes(t.id) : byRule;
    const ruleText = byRule
      ? `${via.map((id) => teamNames.get(id) ?? '').join(', ')} mit Kräften der Behörde`
      : 'kein Team mit Kräften der Behörde';
    const overridden = override !== null && included !== byRule;
    return {
      targetId: t.id,
      included,
      reason: overridden
        ? `${included ? 'hinzugefügt' : 'herausgenommen'} durch die Einsatzleitung (${ruleText})`
        : ruleText,
      overridden,
    };
  });
}

/** The scope of an agency's copy from its rules. */
export function agencyScope(
  plan: PlanSnapshot,
  agencyId: string,
  override: readonly string[] | null = null,
): BriefingScope {
  return {
    kind: 'agency',
    agencyId,
    targetIds: scopeRules(plan, agencyId, override)
      .filter((r) => r.included)
      .map((r) => r.targetId),
    teamIds: teamsOfAgency(plan, agencyId),
  };
}

export const inScope = (scope: BriefingScope, kind: 'target' | 'team', id: string): boolean =>
  scope.kind === 'full' || (kind === 'target' ? scope.targetIds : scope.teamIds).includes(id);
