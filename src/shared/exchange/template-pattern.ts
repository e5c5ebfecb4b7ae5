// The plan inside a Muster package: a template's pattern (no persons, dates or results, see
// `stripToPattern`) without targets — premises belong to each installation's own registry — and
// with every agency named by its catalogue key, so the importer maps it to its own catalogue.
// The operation's Checkliste und Hinweise per thematic field (`fieldGuides`) travel inside
// `plan.operation`, every item open (`stripToPattern`), so the strict schema checks their limits
// on opening and `patternContent` counts them.
import { z } from 'zod';
import {
  codeSchema,
  idSchema,
  LIMITS,
  planSnapshotSchema,
  stripToPattern,
  type Agency,
  type PlanSnapshot,
} from '../domain';
import { canonicalJson } from './plan-hash';
import { safeText } from './safe-text';

export const templatePatternSchema = z.strictObject({
  plan: planSnapshotSchema,
  /** Each agency the plan refers to: its id in the plan, catalogue key and name. */
  agencies: z
    .array(
      z.strictObject({
        ref: idSchema,
        catalogKey: codeSchema.nullable(),
        name: safeText(LIMITS.shortText),
      }),
    )
    .max(500),
});
export type TemplatePattern = z.infer<typeof templatePatternSchema>;

type MakeId = () => string;

/** Every agency id a pattern refers to (lead agency, lead, objectives, participations). */
function agencyRefs(plan: PlanSnapshot): string[] {
  const op = plan.operation;
  return [
    ...new Set(
      [
        op.leadAgencyId,
        op.operationLead.agencyId,
        ...op.framework.mission.agencyObjectives.map((o) => o.agencyId),
        ...plan.participations.map((p) => p.agencyId),
      ].filter((id): id is string => id !== null),
    ),
  ];
}

/** Rewrites every agency reference; `to` returns null for an agency to drop. */
function remapAgencies(plan: PlanSnapshot, to: (id: string) => string | null): PlanSnapshot {
  const op = plan.operation;
  const kept = plan.participations.flatMap((p) => {
    const agencyId = to(p.agencyId);
    return agencyId ? [{ ...p, agencyId }] : [];
  });
  const keptIds = new Set(kept.map((p) => p.id));
  return {
    ...plan,
    operation: {
      ...op,
      leadAgencyId: op.leadAgencyId === null ? null : to(op.leadAgencyId),
      operationLead: {
        ...op.operationLead,
        agencyId: op.operationLead.agencyId === null ? null : to(op.operationLead.agencyId),
      },
      framework: {
        ...op.framework,
        mission: {
          ...op.framework.mission,
          agencyObjectives: op.framework.mission.agencyObjectives.flatMap((o) => {
            const agencyId = to(o.agencyId);
            return agencyId ? [{ ...o, agencyId }] : [];
          }),
        },
      },
    },
    participations: kept,
    // A team keeps its place; only the slots of a dropped agency go.
    teams: plan.teams.map((t) => ({
      ...t,
      leader: {
        ...t.leader,
        participationId:
          t.leader.participationId !== null && keptIds.has(t.leader.participationId)
            ? t.leader.participationId
            : null,
      },
      members: t.members.filter((m) => keptIds.has(m.participationId)),
    })),
  };
}

/** The pattern of a template for a Muster package. */
export function patternForExport(
  template: PlanSnapshot,
  agencies: readonly Agency[],
  makeId: MakeId,
  now: string,
): TemplatePattern {
  const pattern = stripToPattern(template, makeId, now, true);
  const { targetRelease: _release, ...operation } = pattern.operation;
  const plan: PlanSnapshot = {
    ...pattern,
    operation,
    targets: [],
    teams: pattern.teams.map((t) => ({ ...t, targetIds: [] })),
    timeline: pattern.timeline.map((e) => ({ ...e, targetId: null })),
  };
  return {
    plan,
    agencies: agencyRefs(plan).map((ref) => {
      const agency = agencies.find((a) => a.id === ref);
      return { ref, catalogKey: agency?.catalogKey ?? null, name: agency?.name ?? '' };
    }),
  };
}

export interface ImportedPattern {
  /** A template (never a plan) with fresh ids, agencies mapped to this catalogue. */
  plan: PlanSnapshot;
  /** Agencies of the package not in this catalogue by key: dropped, shown to the user. */
  dropped: string[];
}

/** Maps a received pattern to this installation's catalogue by catalogue key. */
export function patternForImport(
  pattern: TemplatePattern,
  codeName: string,
  agencies: readonly Agency[],
  makeId: MakeId,
  now: string,
): ImportedPattern {
  const byKey = new Map(
    agencies.flatMap((a) => (a.catalogKey ? [[a.catalogKey, a.id] as const] : [])),
  );
  const map = new Map<string, string>();
  const dropped: string[] = [];
  for (const a of pattern.agencies) {
    const local = a.catalogKey ? byKey.get(a.catalogKey) : undefined;
    if (local) map.set(a.ref, local);
    else dropped.push(a.name || a.catalogKey || a.ref);
  }
  // A reference the package does not list cannot be mapped either: it goes too, named by id.
  for (const ref of agencyRefs(pattern.plan)) {
    if (!pattern.agencies.some((a) => a.ref === ref)) dropped.push(ref);
  }
  const mapped = remapAgencies(pattern.plan, (id) => map.get(id) ?? null);
  const fresh = stripToPattern(
    { ...mapped, targets: [], timeline: mapped.timeline.map((e) => ({ ...e, targetId: null })) },
    makeId,
    now,
    true,
  );
  return { plan: { ...fresh, operation: { ...fresh.operation, codeName } }, dropped };
}

/**
 * What a Muster says, whatever ids and export time its package was made with: each id the
 * export gave a record becomes its place of first appearance and the export time a marker, so
 * the same template sealed twice reads the same, and any change to its content does not.
 * `exportedAt` is the package's creation time (the export stamps its records with it).
 */
export function patternContent(pattern: TemplatePattern, exportedAt: string): string {
  const ids = new Map<string, string>();
  const sortedEntries = (o: object) =>
    Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of sortedEntries(v)) {
        if (k === 'id' && typeof x === 'string' && !ids.has(x)) ids.set(x, `#${ids.size}`);
        collect(x);
      }
  };
  collect(pattern.plan);
  const normal = (v: unknown): unknown => {
    if (typeof v === 'string') return ids.get(v) ?? (v === exportedAt ? '@' : v);
    if (Array.isArray(v)) return v.map(normal);
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(sortedEntries(v).map(([k, x]) => [k, normal(x)]));
    return v;
  };
  return canonicalJson(normal(pattern));
}
