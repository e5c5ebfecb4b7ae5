// A canonical hash of a plan snapshot: what a signed approval is bound to. Any stored change to
// the operation or one of its parts changes it (the records' own revision counters included),
// so an approval reviewed for one state of the plan never approves another.
import type { PlanSnapshot } from '../domain';

/** JSON with object keys sorted, so the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const byId = <T extends { id: string }>(rows: readonly T[]): T[] =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** SHA-256 (hex) of the plan: the operation and its parts, each list in id order. */
export async function planHash(plan: PlanSnapshot): Promise<string> {
  // Lists are read from the store in index order, which is not part of the plan's meaning.
  const canonical = canonicalJson({
    operation: plan.operation,
    targets: byId(plan.targets),
    participations: byId(plan.participations),
    teams: byId(plan.teams),
    timeline: byId(plan.timeline),
    comms: byId(plan.comms),
  });
  const digest = await globalThis.crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(canonical),
  );
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
