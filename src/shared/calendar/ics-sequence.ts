// SEQUENCE of each event in a liaison's calendar file, counted from the plan's audit log: the
// number of audited changes to what the event shows. Outlook replaces an event it holds only
// when the new SEQUENCE is higher, and keeps it when it is equal — so an unchanged event must
// keep its number across exports and a changed one must get a higher one. A counter stored on
// the plan would be a write on every export, refused once the plan is approved (which is when
// files go out); the audit log is append-only and written with every change, so a count over it
// only grows, and it grows exactly when an audited change touched the event's sources.
import type { AuditEntry } from '../domain/audit';

/** What an event shows, as the audit log sees it. */
export interface EventSources {
  /** Fields of the operation record the event shows (a path or the start of one). */
  operationPaths: readonly string[];
  /** Plan items whose every change the event shows (its timeline entry, its target). */
  itemIds: readonly string[];
  /** Whether the event lists every target of the plan (the H event does). */
  allTargets: boolean;
  /**
   * Whether premises are named in it now (the release reached this agency). The release can
   * take effect by time alone, without an audited change, so it is a bit of its own (below).
   */
  released: boolean;
}

/** Fields every event shows: its title (code name, ÜBUNG), its marking and its status. */
export const EVERY_EVENT_PATHS = ['codeName', 'exercise', 'classification', 'status'] as const;

const touches = (entry: AuditEntry, paths: readonly string[]): boolean =>
  // A new record (or one listed without its fields) may have changed anything.
  entry.action === 'create' ||
  entry.changes.length === 0 ||
  entry.changes.some((c) => paths.some((p) => c.path === p || c.path.startsWith(`${p}.`)));

function counts(entry: AuditEntry, sources: EventSources): boolean {
  if (entry.entity === 'operation') return touches(entry, sources.operationPaths);
  if (sources.itemIds.includes(entry.entityId)) return true;
  return sources.allTargets && entry.entity === 'target';
}

/**
 * The event's SEQUENCE: twice the audited changes to its sources, plus one while premises are
 * named in it. A release that takes effect later raises it by one without a change; a release
 * withdrawn is itself an audited change (+2) and drops the bit (−1), so the number never falls.
 */
export function eventSequence(history: readonly AuditEntry[], sources: EventSources): number {
  let changes = 0;
  for (const entry of history) if (counts(entry, sources)) changes += 1;
  return 2 * changes + (sources.released ? 1 : 0);
}
