// Liaison confirmation: which status may follow which, and how an answer is recorded (the
// confirmed strength it implies, appended to the history of every change).
import type { ConfirmationEvent, ConfirmationStatus, Participation } from '../domain/participation';
import { LIMITS } from '../domain/common';

/**
 * Allowed next statuses. A request can be answered in any way or withdrawn by the lead; an
 * answer can be revised (a liaison calls back), and anything but an open request can be asked
 * again (e.g. after the requested strength changed). "Teilweise bestätigt" may follow itself
 * because the number can change; the other statuses would repeat themselves for nothing.
 */
export const CONFIRMATION_TRANSITIONS: Record<ConfirmationStatus, readonly ConfirmationStatus[]> = {
  requested: ['confirmed', 'partially_confirmed', 'declined', 'withdrawn'],
  confirmed: ['partially_confirmed', 'declined', 'withdrawn', 'requested'],
  partially_confirmed: ['confirmed', 'partially_confirmed', 'declined', 'withdrawn', 'requested'],
  declined: ['confirmed', 'partially_confirmed', 'withdrawn', 'requested'],
  withdrawn: ['requested'],
};

export function canTransition(from: ConfirmationStatus, to: ConfirmationStatus): boolean {
  return CONFIRMATION_TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: ConfirmationStatus): readonly ConfirmationStatus[] {
  return CONFIRMATION_TRANSITIONS[from];
}

export interface ConfirmationInput {
  status: ConfirmationStatus;
  /** Omit (or null) for "as requested" on confirmed; required for a partial confirmation. */
  confirmedStrength?: number | null;
  by: string;
  at: string;
  via: ConfirmationEvent['via'];
  comment?: string;
  recordedBy: string;
}

export type ConfirmationErrorCode =
  | 'transition_not_allowed'
  | 'strength_required'
  | 'strength_not_partial'
  | 'strength_below_request'
  | 'strength_must_be_zero'
  | 'strength_invalid';

export type ConfirmationResult =
  | { ok: true; participation: Participation; event: ConfirmationEvent }
  | { ok: false; code: ConfirmationErrorCode; message: string };

const MESSAGES: Record<ConfirmationErrorCode, string> = {
  transition_not_allowed: 'Dieser Statuswechsel ist nicht möglich.',
  strength_required: 'Bei teilweiser Bestätigung bitte die bestätigte Stärke angeben.',
  strength_not_partial:
    'Eine teilweise Bestätigung muss mehr als 0 und weniger als die angefragte Stärke umfassen.',
  strength_below_request: 'Weniger Kräfte als angefragt: bitte „teilweise bestätigt“ wählen.',
  strength_must_be_zero: 'Bei Ablehnung oder Rückzug werden keine Kräfte bestätigt.',
  strength_invalid: 'Die Stärke muss eine ganze Zahl zwischen 0 und 10 000 sein.',
};

const fail = (code: ConfirmationErrorCode): ConfirmationResult => ({
  ok: false,
  code,
  message: MESSAGES[code],
});

/** The strength to store for an answer, or the rule it breaks. */
export function strengthFor(
  status: ConfirmationStatus,
  requested: number,
  given: number | null | undefined,
): { ok: true; value: number | null } | { ok: false; code: ConfirmationErrorCode } {
  const g = given ?? null;
  if (g !== null && (!Number.isInteger(g) || g < 0 || g > LIMITS.strength))
    return { ok: false, code: 'strength_invalid' };
  switch (status) {
    case 'requested':
      return { ok: true, value: null };
    case 'confirmed':
      if (g === null) return { ok: true, value: requested };
      // More than asked is fine (an agency may send extra people); fewer is a partial answer.
      return g < requested ? { ok: false, code: 'strength_below_request' } : { ok: true, value: g };
    case 'partially_confirmed':
      if (g === null) return { ok: false, code: 'strength_required' };
      return g > 0 && g < requested
        ? { ok: true, value: g }
        : { ok: false, code: 'strength_not_partial' };
    case 'declined':
    case 'withdrawn':
      return g === null || g === 0
        ? { ok: true, value: 0 }
        : { ok: false, code: 'strength_must_be_zero' };
  }
}

/** The schema caps the history at 200 events; the first (the request) is always kept. */
export const HISTORY_LIMIT = 200;

export function appendHistory(
  history: readonly ConfirmationEvent[],
  event: ConfirmationEvent,
): ConfirmationEvent[] {
  const next = [...history, event];
  if (next.length <= HISTORY_LIMIT) return next;
  const first = next[0];
  const tail = next.slice(next.length - (HISTORY_LIMIT - 1));
  return first ? [first, ...tail] : tail;
}

/** Records an answer (or a re-request) on a participation, if the rules allow it. */
export function applyConfirmation(p: Participation, input: ConfirmationInput): ConfirmationResult {
  if (!canTransition(p.confirmation.status, input.status)) return fail('transition_not_allowed');
  const strength = strengthFor(input.status, p.requestedStrength, input.confirmedStrength);
  if (!strength.ok) return fail(strength.code);
  const event: ConfirmationEvent = {
    status: input.status,
    confirmedStrength: strength.value,
    by: input.by,
    at: input.at,
    via: input.via,
    comment: input.comment ?? '',
    recordedBy: input.recordedBy,
  };
  return {
    ok: true,
    event,
    participation: { ...p, confirmation: event, history: appendHistory(p.history, event) },
  };
}
