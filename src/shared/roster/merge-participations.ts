// The rule for an operation in which both the kept agency (A) and its duplicate (B) take part:
// A's participation survives and absorbs B's, so the operation never lists the agency twice.
import { CONFIRMATION_STATUS_LABELS } from '../catalog/enum-labels';
import { LIMITS } from '../domain/common';
import type { ConfirmationEvent, Participation, Vehicle } from '../domain/participation';
import { appendHistory } from './confirmation';
import { confirmedStrengthOf } from './strength';

/** Joins two texts without repeating equal ones, cut to the field's limit. */
export function joinText(a: string, b: string, max: number = LIMITS.text, sep = '\n'): string {
  const x = a.trim();
  const y = b.trim();
  if (y === '' || x === y) return a.slice(0, max);
  if (x === '') return b.slice(0, max);
  return `${x}${sep}${y}`.slice(0, max);
}

function mergeVehicles(a: readonly Vehicle[], b: readonly Vehicle[]): Vehicle[] {
  const out = a.map((v) => ({ ...v }));
  for (const v of b) {
    const same = out.find((x) => x.kind === v.kind && x.callSign === v.callSign);
    if (same) same.count = Math.min(LIMITS.vehicles, same.count + v.count);
    else out.push({ ...v });
  }
  return out.slice(0, 50);
}

/**
 * The combined answer. An answer still open on either side keeps the whole request open (the
 * merge cannot invent an answer); otherwise the confirmed people of both are added and compared
 * with the combined request.
 */
export function combinedStatus(
  a: Participation,
  b: Participation,
): Pick<ConfirmationEvent, 'status' | 'confirmedStrength'> {
  const sa = a.confirmation.status;
  const sb = b.confirmation.status;
  if (sa === 'requested' || sb === 'requested')
    return { status: 'requested', confirmedStrength: null };
  const confirmed = confirmedStrengthOf(a) + confirmedStrengthOf(b);
  const requested = a.requestedStrength + b.requestedStrength;
  if (confirmed === 0) {
    const status = sa === 'declined' || sb === 'declined' ? 'declined' : 'withdrawn';
    return { status, confirmedStrength: 0 };
  }
  if (confirmed >= requested)
    return { status: 'confirmed', confirmedStrength: Math.min(LIMITS.strength, confirmed) };
  return { status: 'partially_confirmed', confirmedStrength: Math.min(LIMITS.strength, confirmed) };
}

export interface FoldContext {
  now: string;
  actor: string;
  survivorName: string;
  duplicateName: string;
  /** B's contact ids → the ids they have at A after the merge. */
  contactIdMap: ReadonlyMap<string, string>;
}

/** A's participation with B's folded in (same id as A's; B's record is then deleted). */
export function foldParticipations(
  a: Participation,
  b: Participation,
  ctx: FoldContext,
): Participation {
  const combined = combinedStatus(a, b);
  const bLabel = ctx.duplicateName || b.agencyId;
  const fromB = b.history.map((e) => ({
    ...e,
    comment: `[${bLabel}] ${e.comment}`.trim().slice(0, LIMITS.text),
  }));
  const event: ConfirmationEvent = {
    ...combined,
    by: '',
    at: ctx.now,
    via: null,
    comment:
      `Zusammengeführt: Beteiligung von „${bLabel}“ (${CONFIRMATION_STATUS_LABELS[b.confirmation.status].de}, ${b.requestedStrength} angefragt) in „${ctx.survivorName}“ übernommen.`.slice(
        0,
        LIMITS.text,
      ),
    recordedBy: ctx.actor,
  };
  const history = [...a.history, ...fromB].sort((x, y) => x.at.localeCompare(y.at));
  const liaison =
    a.liaison.name.trim() !== ''
      ? a.liaison
      : {
          ...b.liaison,
          contactId: b.liaison.contactId
            ? (ctx.contactIdMap.get(b.liaison.contactId) ?? b.liaison.contactId)
            : null,
        };
  return {
    ...a,
    tasks: joinText(a.tasks, b.tasks),
    legalBasis: joinText(a.legalBasis, b.legalBasis),
    requestedStrength: Math.min(LIMITS.strength, a.requestedStrength + b.requestedStrength),
    vehicles: mergeVehicles(a.vehicles, b.vehicles),
    specialEquipment: joinText(a.specialEquipment, b.specialEquipment),
    liaison,
    confirmation: event,
    history: appendHistory(history, event),
  };
}
