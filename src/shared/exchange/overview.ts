// Per agency of a plan: was a request sent, answered, is it overdue, or is a reminder due
// (the deadline is less than a day away and no answer came)?
import type { ImportedRecord, SentRecord } from './records';

export const REMINDER_BEFORE_MS = 24 * 60 * 60 * 1000;

export type RequestState =
  'not_sent' | 'sent' | 'reminder' | 'overdue' | 'answered' | 'cancelled' | 'outdated';

export interface AgencyRequestState {
  agencyId: string;
  state: RequestState;
  sent: SentRecord | null;
}

/** The newest sent record per agency of `planId`, and what it means at `now`. */
export function requestStates(
  planId: string,
  planRevision: number,
  agencyIds: readonly string[],
  sent: readonly SentRecord[],
  imported: readonly ImportedRecord[],
  now: Date,
): AgencyRequestState[] {
  return agencyIds.map((agencyId) => {
    const latest = sent
      .filter((s) => s.planId === planId && s.agencyId === agencyId)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .at(-1);
    if (!latest) return { agencyId, state: 'not_sent', sent: null };
    if (latest.cancelled) return { agencyId, state: 'cancelled', sent: latest };
    const answered = imported.some((i) => i.requestId === latest.requestId);
    if (answered) return { agencyId, state: 'answered', sent: latest };
    if (latest.planRevision < planRevision) return { agencyId, state: 'outdated', sent: latest };
    if (latest.deadline) {
      const left = Date.parse(latest.deadline) - now.getTime();
      if (left < 0) return { agencyId, state: 'overdue', sent: latest };
      if (left < REMINDER_BEFORE_MS) return { agencyId, state: 'reminder', sent: latest };
    }
    return { agencyId, state: 'sent', sent: latest };
  });
}

/**
 * Keys already registered for the same agency contact under another fingerprint: a new card
 * for them is a changed key, shown next to the old one — never a silent replacement.
 */
export function changedKeysFor<
  T extends {
    agencyId: string | null;
    contactId: string | null;
    fingerprint: string;
    revoked: boolean;
  },
>(
  trusted: readonly T[],
  agencyId: string | null,
  contactId: string | null,
  fingerprint: string,
): T[] {
  return trusted.filter(
    (x) =>
      x.agencyId === agencyId &&
      x.contactId === contactId &&
      x.fingerprint !== fingerprint &&
      !x.revoked,
  );
}
