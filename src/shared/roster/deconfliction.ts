// Deconfliction: an agency or a liaison committed to two operations at overlapping times is
// flagged in both. An operation without a time window is taken as H-hour ± 4 hours.
import type { Operation } from '../domain/operation';
import type { Participation } from '../domain/participation';
import { COMMITTED_STATUSES } from './strength';

const HOUR_MS = 3_600_000;
/** Assumed span around H when an operation has no time window of its own. */
export const DEFAULT_SPAN_HOURS = 4;

export interface Interval {
  start: number;
  end: number;
}

/** The time an operation binds its forces, or null when it has neither window nor H-hour. */
export function operationInterval(op: Operation): Interval | null {
  if (op.timeWindow) {
    const start = Date.parse(op.timeWindow.start);
    const end = Date.parse(op.timeWindow.end);
    if (Number.isFinite(start) && Number.isFinite(end)) return { start, end: Math.max(start, end) };
  }
  if (op.hHour) {
    const h = Date.parse(op.hHour);
    if (Number.isFinite(h))
      return { start: h - DEFAULT_SPAN_HOURS * HOUR_MS, end: h + DEFAULT_SPAN_HOURS * HOUR_MS };
  }
  return null;
}

/** Touching windows (one ends when the other starts) do not overlap. */
export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

/** Operations that still bind forces: not cancelled, not in the trash, not a template. */
export function isSchedulable(op: Operation): boolean {
  return op.status !== 'cancelled' && op.deletedAt === null && !op.template;
}

/** Names compared without case or extra spacing: "Dr. Mara Fiktiv" = "dr.  mara  fiktiv". */
export function normaliseName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Digits only, with +49 / 0049 written as a national 0, so formats do not matter. */
export function normalisePhone(phone: string): string {
  const digits = phone.replace(/[^0-9+]/g, '');
  const national = digits.replace(/^(\+|00)49/, '0');
  return national.replace(/\D/g, '');
}

/** Identities of a participation's liaison: its contact record, and its name with a number. */
export function liaisonKeys(p: Participation): string[] {
  const keys: string[] = [];
  if (p.liaison.contactId) keys.push(`contact:${p.liaison.contactId}`);
  const name = normaliseName(p.liaison.name);
  const phone = normalisePhone(p.liaison.phone) || normalisePhone(p.liaison.mobile);
  // A name alone is too weak (two "Max Müller" in different agencies); a number confirms it.
  if (name !== '' && phone !== '') keys.push(`person:${name}|${phone}`);
  return keys;
}

export interface Deconfliction {
  kind: 'agency' | 'liaison';
  agencyIds: string[];
  /** The liaison's name as entered in the first operation (liaison conflicts only). */
  liaisonName: string;
  operationIds: [string, string];
  participationIds: [string, string];
}

/**
 * Every pair of overlapping operations that share a committed agency or liaison. Each pair is
 * reported once per agency and once per liaison, with the operation ids in a stable order.
 */
export function findDeconflictions(
  operations: readonly Operation[],
  participations: readonly Participation[],
): Deconfliction[] {
  const interval = new Map<string, Interval>();
  for (const op of operations) {
    if (!isSchedulable(op)) continue;
    const i = operationInterval(op);
    if (i) interval.set(op.id, i);
  }
  const active = participations.filter(
    (p) => interval.has(p.operationId) && COMMITTED_STATUSES.has(p.confirmation.status),
  );
  const groups = new Map<string, Participation[]>();
  const add = (key: string, p: Participation) => {
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  };
  for (const p of active) {
    add(`agency:${p.agencyId}`, p);
    for (const k of liaisonKeys(p)) add(`liaison:${k}`, p);
  }

  const found = new Map<string, Deconfliction>();
  for (const [key, list] of groups) {
    if (list.length < 2) continue;
    const kind = key.startsWith('agency:') ? 'agency' : 'liaison';
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (!a || !b || a.operationId === b.operationId) continue;
        const ia = interval.get(a.operationId);
        const ib = interval.get(b.operationId);
        if (!ia || !ib || !overlaps(ia, ib)) continue;
        const [x, y] = a.operationId < b.operationId ? [a, b] : [b, a];
        // One liaison found by contact id and by name+phone is still one conflict.
        const id =
          kind === 'agency'
            ? `agency|${x.agencyId}|${x.operationId}|${y.operationId}`
            : `liaison|${x.id}|${y.id}`;
        if (found.has(id)) continue;
        found.set(id, {
          kind,
          agencyIds: kind === 'agency' ? [x.agencyId] : [...new Set([x.agencyId, y.agencyId])],
          liaisonName: kind === 'liaison' ? x.liaison.name : '',
          operationIds: [x.operationId, y.operationId],
          participationIds: [x.id, y.id],
        });
      }
    }
  }
  return [...found.values()];
}

/** The conflicts that concern one operation (it is flagged in both operations of a pair). */
export function deconflictionsFor(
  operationId: string,
  all: readonly Deconfliction[],
): Deconfliction[] {
  return all.filter((d) => d.operationIds.includes(operationId));
}
