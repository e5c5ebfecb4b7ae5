// One synchronised H across many premises: each target's access time (H + its offset) and the
// warning when targets of one plan start at different times without a stated reason. The usual
// joint operation enters every premises at once; a staggered start is allowed, but the plan
// must say why (in the target's notes), or the teams will not know it was meant.
import type { OperationTarget } from '../domain/target';
import { offsetToInstant } from '../time/h-hour';

export interface TargetAccess {
  targetId: string;
  offsetMinutes: number;
  /** Null while H is not set. */
  at: string | null;
}

/** The access time of every target still in the plan, in the plan's order. */
export function targetAccessTimes(
  targets: readonly OperationTarget[],
  hHour: string | null,
): TargetAccess[] {
  return targets
    .filter((t) => t.status !== 'dropped')
    .sort((a, b) => a.order - b.order)
    .map((t) => ({
      targetId: t.id,
      offsetMinutes: t.accessOffsetMinutes,
      at: hHour === null ? null : offsetToInstant(hHour, t.accessOffsetMinutes),
    }));
}

/**
 * The targets that start at another time than most of them and give no reason in their notes.
 * The common offset is the one most targets share (ties: the one nearest H), so one late
 * target is the odd one out, not the many on time. Empty when all start together.
 */
export function unexplainedStaggeredTargets(
  targets: readonly OperationTarget[],
): OperationTarget[] {
  const active = targets.filter((t) => t.status !== 'dropped');
  const counts = new Map<number, number>();
  for (const t of active)
    counts.set(t.accessOffsetMinutes, (counts.get(t.accessOffsetMinutes) ?? 0) + 1);
  if (counts.size <= 1) return [];
  const [common] = [...counts.entries()].sort(
    ([oa, ca], [ob, cb]) => cb - ca || Math.abs(oa) - Math.abs(ob) || oa - ob,
  )[0] ?? [0];
  return active.filter((t) => t.accessOffsetMinutes !== common && t.notes.trim() === '');
}
