// The operations list's data through React, from the session's read model: the rows appear,
// a write shows without a reload, and a write to another table keeps the overview object (the
// list does not derive its 10 000 rows again because a roster answer changed).
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { newId, newParticipation } from '@shared/domain';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import {
  useListData,
  type ListData,
} from '../../../src/renderer/features/operations/list/useListData';
import { makeOperation } from '../../support/factories';

let seen: ListData[] = [];
let session: DataSession | null = null;

function Probe() {
  seen.push(useListData());
  return null;
}

afterEach(async () => {
  cleanup();
  seen = [];
  if (session) {
    const { db } = session;
    session.close();
    await db.delete();
    session = null;
  }
});

const last = () => seen[seen.length - 1];

describe('useListData', () => {
  it('shows the rows, then follows writes per table', async () => {
    const memory = new Map<string, string>();
    session = await openDataSession({
      dbName: `vp-list-data-${newId()}`,
      outside: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) },
    });
    const s = session;
    const op = await s.repos.operations.create(makeOperation({ codeName: 'KRANICH' }));
    render(
      <DataContext.Provider value={s}>
        <Probe />
      </DataContext.Provider>,
    );
    await waitFor(() => expect(last()?.counts).toBeDefined());
    expect(last()?.overview?.active.map((o) => o.codeName)).toEqual(['KRANICH']);
    expect(last()?.counts?.get(op.id)).toBeUndefined();

    await act(() => s.repos.operations.update(op.id, (o) => ({ ...o, codeName: 'REIHER' })));
    await waitFor(() => expect(last()?.overview?.active[0]?.codeName).toBe('REIHER'));
    const overview = last()?.overview;

    const agency = (await s.repos.agencies.list())[0];
    expect(agency).toBeDefined();
    if (!agency) return;
    await act(async () => {
      await s.repos.plan.participations.add(
        newParticipation({ operationId: op.id, agencyId: agency.id }, '2026-11-20T10:00:00.000Z'),
      );
    });
    await waitFor(() => expect(last()?.counts?.get(op.id)?.total).toBe(1));
    expect(last()?.overview).toBe(overview);
  }, 30_000);
});
