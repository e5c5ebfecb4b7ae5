// Overlap detection: agencies and liaisons committed to two operations at overlapping times.
import { describe, expect, it } from 'vitest';
import { newOperation, newParticipation, type Operation, type Participation } from '@shared/domain';
import {
  findDeconflictions,
  deconflictionsFor,
  liaisonKeys,
  normalisePhone,
  operationInterval,
} from '@shared/roster';

const T = '2026-11-01T00:00:00.000Z';
const op = (id: string, fields: Partial<Operation>) =>
  newOperation({ codeName: id, id, ...fields }, T);
const part = (
  id: string,
  operationId: string,
  agencyId: string,
  liaison: Partial<Participation['liaison']> = {},
  status: Participation['confirmation']['status'] = 'confirmed',
) => {
  const p = newParticipation({ id, operationId, agencyId }, T);
  return {
    ...p,
    liaison: { ...p.liaison, ...liaison },
    confirmation: { ...p.confirmation, status },
  };
};
const H1 = '2026-11-20T19:00:00.000Z';

describe('time windows', () => {
  it('uses the window, else H-hour ± 4 h, else nothing', () => {
    const w = op('a', {
      timeWindow: { start: '2026-11-20T16:00:00.000Z', end: '2026-11-20T23:00:00.000Z' },
    });
    expect(operationInterval(w)).toEqual({
      start: Date.parse('2026-11-20T16:00:00.000Z'),
      end: Date.parse('2026-11-20T23:00:00.000Z'),
    });
    const h = operationInterval(op('b', { hHour: H1 }));
    expect(h && (h.end - h.start) / 3_600_000).toBe(8);
    expect(operationInterval(op('c', {}))).toBeNull();
  });
});

describe('deconfliction', () => {
  const a = op('op-a', { hHour: H1 });
  const b = op('op-b', { hHour: '2026-11-20T22:00:00.000Z' });
  const far = op('op-far', { hHour: '2026-11-21T19:00:00.000Z' });

  it('flags one agency in two overlapping operations, in both of them', () => {
    const found = findDeconflictions(
      [a, b, far],
      [part('p1', 'op-a', 'ag'), part('p2', 'op-b', 'ag'), part('p3', 'op-far', 'ag')],
    );
    expect(found).toEqual([
      {
        kind: 'agency',
        agencyIds: ['ag'],
        liaisonName: '',
        operationIds: ['op-a', 'op-b'],
        participationIds: ['p1', 'p2'],
      },
    ]);
    expect(deconflictionsFor('op-b', found)).toHaveLength(1);
    expect(deconflictionsFor('op-far', found)).toHaveLength(0);
  });

  it('touching windows do not overlap', () => {
    const x = op('x', {
      timeWindow: { start: '2026-11-20T10:00:00.000Z', end: '2026-11-20T12:00:00.000Z' },
    });
    const y = op('y', {
      timeWindow: { start: '2026-11-20T12:00:00.000Z', end: '2026-11-20T14:00:00.000Z' },
    });
    expect(findDeconflictions([x, y], [part('p1', 'x', 'ag'), part('p2', 'y', 'ag')])).toEqual([]);
  });

  it('ignores cancelled, trashed and template operations and declined or withdrawn answers', () => {
    const parts = [part('p1', 'op-a', 'ag'), part('p2', 'op-b', 'ag')];
    for (const changed of [
      { ...b, status: 'cancelled' as const },
      { ...b, deletedAt: T },
      { ...b, template: true },
    ])
      expect(findDeconflictions([a, changed], parts)).toEqual([]);
    expect(
      findDeconflictions(
        [a, b],
        [parts[0] ?? part('', '', ''), part('p2', 'op-b', 'ag', {}, 'declined')],
      ),
    ).toEqual([]);
    expect(
      findDeconflictions(
        [a, b],
        [parts[0] ?? part('', '', ''), part('p2', 'op-b', 'ag', {}, 'requested')],
      ),
    ).toHaveLength(1);
  });

  it('flags the same liaison for two agencies: by contact id or by name and number', () => {
    const byContact = findDeconflictions(
      [a, b],
      [
        part('p1', 'op-a', 'ag1', { contactId: 'c1', name: 'X' }),
        part('p2', 'op-b', 'ag2', { contactId: 'c1', name: 'Y' }),
      ],
    );
    expect(byContact).toMatchObject([
      { kind: 'liaison', agencyIds: ['ag1', 'ag2'], liaisonName: 'X' },
    ]);
    const byName = findDeconflictions(
      [a, b],
      [
        part('p1', 'op-a', 'ag1', { name: 'Dr. Mara  Fiktiv', phone: '+49 201 4710-106' }),
        part('p2', 'op-b', 'ag2', { name: 'dr. mara fiktiv', phone: '0201 / 4710 106' }),
      ],
    );
    expect(byName).toHaveLength(1);
    const sameNameOnly = findDeconflictions(
      [a, b],
      [
        part('p1', 'op-a', 'ag1', { name: 'Max Müller', phone: '0201 1' }),
        part('p2', 'op-b', 'ag2', { name: 'Max Müller', phone: '0201 2' }),
      ],
    );
    expect(sameNameOnly).toEqual([]);
  });

  it('a liaison matched by contact id and by name+phone is one conflict', () => {
    const l = { contactId: 'c1', name: 'Tom Probe', phone: '0201 103' };
    const found = findDeconflictions(
      [a, b],
      [part('p1', 'op-a', 'ag1', l), part('p2', 'op-b', 'ag2', l)],
    );
    expect(found.filter((f) => f.kind === 'liaison')).toHaveLength(1);
  });

  it('normalises numbers and builds keys', () => {
    expect(normalisePhone('+49 (201) 4710-106')).toBe('02014710106');
    expect(normalisePhone('0049 201 4710106')).toBe('02014710106');
    expect(liaisonKeys(part('p', 'o', 'a', { name: 'A', phone: '' }))).toEqual([]);
  });
});
