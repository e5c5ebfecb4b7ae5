// The lead's overview per agency: sent, reminder a day before the deadline, overdue, answered,
// outdated by a newer revision, cancelled.
import { describe, expect, it } from 'vitest';
import {
  changedKeysFor,
  requestStates,
  type ImportedRecord,
  type SentRecord,
} from '@shared/exchange';

const sent = (agencyId: string, over: Partial<SentRecord> = {}): SentRecord => ({
  id: `s-${agencyId}`,
  rev: 1,
  createdAt: '2026-11-10T08:00:00.000Z',
  updatedAt: '2026-11-10T08:00:00.000Z',
  type: 'sent',
  kind: 'request',
  requestId: `r-${agencyId}`,
  planId: 'plan',
  planRevision: 1,
  agencyId,
  participationId: `p-${agencyId}`,
  recipient: null,
  deadline: '2026-11-20T12:00:00.000Z',
  cancelled: false,
  answeredAt: null,
  ...over,
});
const imported = (requestId: string): ImportedRecord => ({
  id: `i-${requestId}`,
  rev: 1,
  createdAt: '2026-11-12T08:00:00.000Z',
  updatedAt: '2026-11-12T08:00:00.000Z',
  type: 'imported',
  answerId: `a-${requestId}`,
  requestId,
  planId: 'plan',
  agencyId: 'x',
  signerFingerprint: 'a'.repeat(40),
  accepted: { confirmation: true, vehicles: false },
});

describe('requestStates', () => {
  it('names each agency’s state at a moment', () => {
    const records = [
      sent('a'),
      sent('b'),
      sent('c'),
      sent('d', { cancelled: true }),
      sent('e', { deadline: '2026-11-19T12:00:00.000Z' }),
    ];
    const at = (iso: string, rev = 1) =>
      requestStates(
        'plan',
        rev,
        ['a', 'b', 'c', 'd', 'e', 'f'],
        records,
        [imported('r-b')],
        new Date(iso),
      ).map((s) => s.state);
    expect(at('2026-11-15T12:00:00.000Z')).toEqual([
      'sent',
      'answered',
      'sent',
      'cancelled',
      'sent',
      'not_sent',
    ]);
    expect(at('2026-11-19T13:00:00.000Z')).toEqual([
      'reminder',
      'answered',
      'reminder',
      'cancelled',
      'overdue',
      'not_sent',
    ]);
    expect(at('2026-11-15T12:00:00.000Z', 2)[0]).toBe('outdated');
  });
});

describe('changedKeysFor', () => {
  it('names other live keys of the same contact, not revoked ones or other contacts', () => {
    const k = (fingerprint: string, contactId: string | null, revoked = false) => ({
      agencyId: 'a',
      contactId,
      fingerprint,
      revoked,
    });
    const trusted = [
      k('1'.repeat(40), 'c1'),
      k('2'.repeat(40), 'c1', true),
      k('3'.repeat(40), 'c2'),
    ];
    expect(changedKeysFor(trusted, 'a', 'c1', '4'.repeat(40))).toEqual([trusted[0]]);
    expect(changedKeysFor(trusted, 'a', 'c1', '1'.repeat(40))).toEqual([]);
    expect(changedKeysFor(trusted, 'b', 'c1', '4'.repeat(40))).toEqual([]);
  });
});
