// Key rotation of the data (F3) on a real IndexedDB (fake-indexeddb) with the web edition's real
// vault service: every row ends up sealed under the new key only, an old vault file with the old
// passphrase opens nothing, and a rotation stopped halfway reads normally (mixed keys) and
// finishes when the next session resumes it.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createVaultService,
  deriveSessionKeys,
  IntegrityError,
  unsealRecord,
  unwrapWithPassphrase,
  type SessionKeys,
  type VaultService,
} from '@shared/crypto';
import { newId } from '@shared/domain';
import type { HostApi } from '@shared/ipc/host-api';
import { loadDemo } from '../../../src/renderer/data/demo';
import type { StoredRow, VpDatabase } from '../../../src/renderer/data/db';
import { REKEY_BATCH_KEY } from '../../../src/renderer/data/rekey';
import { TABLE_NAMES } from '../../../src/renderer/data/schema';
import { SEAL_MARKER_KEY } from '../../../src/renderer/data/seal/seal-marker';
import { sealingCodec } from '../../../src/renderer/data/sealing-codec';
import { openDataSession, type DataSession } from '../../../src/renderer/data/session';
import { browserHost } from '../../../src/renderer/host/browser';
import { indexedDbVaultStore } from '../../../src/renderer/host/browser-vault';
import { toResult } from '../../../src/renderer/host/envelope';
import { completeRotation, pendingNewKey } from '../../../src/renderer/vault/key-rotation';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Einsatz Nordstern bleibt geheim';
const NOW = '2026-11-20T10:00:00.000Z';

const sessions: DataSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) {
    const { db } = s;
    s.close();
    await db.delete();
  }
});

function vaultHost(service: VaultService): HostApi {
  const base = browserHost();
  return {
    ...base,
    vault: {
      ...base.vault,
      rotationState: () => toResult(() => service.rotationState()),
      finishRotation: () => toResult(() => service.finishRotation()),
    },
  };
}

async function open(dbName: string, keys: SessionKeys, previous?: CryptoKey) {
  const memory = new Map<string, string>();
  const session = await openDataSession({
    dbName,
    codec: sealingCodec(keys.record, previous),
    outside: { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v) },
    now: () => NOW,
  });
  sessions.push(session);
  return session;
}

async function opens(key: CryptoKey, table: string, row: StoredRow): Promise<boolean> {
  try {
    await unsealRecord(key, table, row);
    return true;
  } catch (e) {
    if (e instanceof IntegrityError) return false;
    throw e;
  }
}

/** How many rows (and the seal marker) open under each key. */
async function census(db: VpDatabase, a: CryptoKey, b: CryptoKey) {
  const n = { a: 0, b: 0, rows: 0 };
  for (const t of TABLE_NAMES) {
    for (const row of await db.rows(t).toArray()) {
      n.rows++;
      if (await opens(a, t, row)) n.a++;
      if (await opens(b, t, row)) n.b++;
    }
  }
  const marker = (await db.meta.get(SEAL_MARKER_KEY))?.value as StoredRow;
  return {
    ...n,
    markerA: await opens(a, 'settings', marker),
    markerB: await opens(b, 'settings', marker),
  };
}

/** A vault and a sealed database with the agency catalogue and the demo plan (a few hundred rows). */
async function fixture() {
  const store = indexedDbVaultStore(`v-${newId()}`);
  const service = createVaultService({
    store,
    keychain: null,
    now: () => new Date(NOW),
    kdfParams: FAST,
  });
  const created = await service.create({ passphrase: PASS, useKeychain: false });
  const oldKeys = await deriveSessionKeys(created.dataKey);
  const dbName = `vp-rekey-${newId()}`;
  const session = await open(dbName, oldKeys);
  const op = await loadDemo(session.repos, NOW);
  const plan = await session.repos.operations.loadPlan(op.id);
  const oldFile = await store.load();
  return { service, store, created, oldKeys, dbName, session, opId: op.id, plan, oldFile };
}

// Real Argon2id (small), real AES-GCM over a few hundred rows, several passes: seconds on a busy
// 2-core machine.
const SLOW = 60_000;

describe('key rotation of the data', () => {
  it(
    're-seals every row under the new key only; an old vault file with the old passphrase opens nothing',
    async () => {
      const f = await fixture();
      const host = vaultHost(f.service);
      const { dataKey, recoveryCode } = await f.service.startRotation({ passphrase: PASS });
      const newKeys = await deriveSessionKeys(dataKey);
      f.session.store.setCodec(sealingCodec(newKeys.record, f.oldKeys.record));
      const progress: number[] = [];
      const count = await completeRotation(
        host,
        f.session,
        { record: newKeys.record, previous: f.oldKeys.record },
        (p) => progress.push(p.done),
      );

      const after = await census(f.session.db, newKeys.record, f.oldKeys.record);
      expect(after.rows).toBeGreaterThan(200);
      expect(count).toBe(after.rows - 1); // every row but the audit entry written with the batch
      expect(after).toMatchObject({ a: after.rows, b: 0, markerA: true, markerB: false });
      expect(progress.at(-1)).toBe(count);
      expect(await f.session.repos.operations.loadPlan(f.opId)).toEqual(f.plan);
      const audit = (await f.session.store.all<{ summary: string }>('audit')).filter((a) =>
        a.summary.startsWith('Datenschlüssel erneuert'),
      );
      expect(audit).toHaveLength(1);
      expect(await f.service.rotationState()).toEqual({ pending: null });
      expect(await f.session.db.meta.get(`batch:${REKEY_BATCH_KEY}`)).toBeUndefined();

      // The old vault file and the old passphrase give the old key, which opens no row now.
      if (!f.oldFile) throw new Error('no vault file');
      const fromCopy = await deriveSessionKeys(await unwrapWithPassphrase(f.oldFile, PASS));
      expect((await census(f.session.db, fromCopy.record, newKeys.record)).a).toBe(0);
      // Today's vault: the passphrase and the new recovery code give the new key, the old code fails.
      const unlocked = await f.service.unlock({ method: 'recovery', recoveryCode });
      expect(unlocked.dataKey).toEqual(dataKey);
      await expect(
        f.service.unlock({ method: 'recovery', recoveryCode: f.created.recoveryCode }),
      ).rejects.toMatchObject({ code: 'wrong_passphrase' });
    },
    SLOW,
  );

  it(
    'a rotation aborted halfway reads normally with mixed keys and finishes in the next session',
    async () => {
      const f = await fixture();
      const host = vaultHost(f.service);
      const { dataKey } = await f.service.startRotation({ passphrase: PASS });
      const newKeys = await deriveSessionKeys(dataKey);
      f.session.store.setCodec(sealingCodec(newKeys.record, f.oldKeys.record));
      const stop = new AbortController();
      await expect(
        completeRotation(
          host,
          f.session,
          { record: newKeys.record, previous: f.oldKeys.record },
          (p) => {
            if (p.done >= 100) stop.abort(new Error('Absturz'));
          },
          stop.signal,
          50,
        ),
      ).rejects.toThrow('Absturz');
      const mixed = await census(f.session.db, newKeys.record, f.oldKeys.record);
      expect(mixed.a).toBeGreaterThanOrEqual(100);
      expect(mixed.b).toBeGreaterThan(0);
      expect(mixed.a + mixed.b).toBe(mixed.rows);
      expect((await f.service.rotationState()).pending).not.toBeNull();
      f.session.close();

      // Next unlock, as the vault gate does it: the passphrase gives the old key, the pending
      // section the new one; no passphrase is needed to resume.
      const { dataKey: unlocked } = await f.service.unlock({
        method: 'passphrase',
        passphrase: PASS,
      });
      const next = await pendingNewKey(host, unlocked);
      if (!next) throw new Error('no pending rotation');
      const keys = await deriveSessionKeys(next);
      const previous = (await deriveSessionKeys(unlocked)).record;
      const session = await open(f.dbName, keys, previous);
      expect(session.unfinishedBatches.map((b) => b.key)).toContain(REKEY_BATCH_KEY);
      expect(await session.repos.operations.loadPlan(f.opId)).toEqual(f.plan);
      // A write during the rotation lands under the new key and survives the resume.
      await session.repos.settings.update({ userName: 'Nach dem Absturz' });

      await completeRotation(host, session, { record: keys.record, previous }, () => {});
      const done = await census(session.db, keys.record, previous);
      expect(done).toMatchObject({ a: done.rows, b: 0, markerA: true, markerB: false });
      expect(await session.repos.operations.loadPlan(f.opId)).toEqual(f.plan);
      expect((await session.repos.settings.get()).userName).toBe('Nach dem Absturz');
      expect(await f.service.rotationState()).toEqual({ pending: null });
      expect((await f.service.unlock({ method: 'passphrase', passphrase: PASS })).dataKey).toEqual(
        next,
      );
    },
    SLOW,
  );
});
