// A bulk write that stopped halfway is not silent: the next session lists it, and the shell's
// storage notice names it with how far it got.
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId, newPremises } from '@shared/domain';
import { StorageNotice } from '../../../src/renderer/app/StorageNotice';
import { plainCodec } from '../../../src/renderer/data/codec';
import { DataContext, openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { initI18n } from '../../../src/renderer/i18n';

const NOW = '2026-11-20T10:00:00.000Z';
let session: DataSession | undefined;

beforeAll(async () => {
  await initI18n('de');
});

afterEach(async () => {
  cleanup();
  session?.close();
  await session?.db.delete();
});

function kv() {
  const memory = new Map<string, string>();
  return {
    getItem: (k: string) => memory.get(k) ?? null,
    setItem: (k: string, v: string) => void memory.set(k, v),
  };
}

describe('unfinished batches', () => {
  it('are listed by the next session and shown in the storage notice', async () => {
    const dbName = `vp-test-${newId()}`;
    const outside = kv();
    const first = await openDataSession({ dbName, outside, now: () => NOW });
    let n = 0;
    first.store.setCodec({
      ...plainCodec,
      encode: async (table, record) => {
        if (table === 'premises' && n++ >= 150) throw new Error('Absturz (Test)');
        return plainCodec.encode(table, record);
      },
    });
    const list = Array.from({ length: 300 }, (_, i) =>
      newPremises({ id: newId(), name: `Objekt ${i}`, kind: 'kiosk' }, NOW),
    );
    await expect(first.repos.premises.importMany(list, { chunkSize: 100 })).rejects.toThrow();
    first.close();

    session = await openDataSession({ dbName, outside, now: () => NOW });
    expect(session.unfinishedBatches).toMatchObject([{ done: 100, total: 300 }]);
    const value = session;
    render(
      <MantineProvider env="test">
        <DataContext.Provider value={value}>
          <StorageNotice />
        </DataContext.Provider>
      </MantineProvider>,
    );
    const notice = screen.getByTestId('storage-unfinished-batches');
    expect(notice.textContent).toContain(
      '300 Objekte importiert: 100 von 300 Datensätzen geschrieben',
    );
  });
});
