// The 1k/10k-operation fixture of the list's browser tests and benchmark: its backup file is
// made on the Node side with its own copy of the manifest rules, so check here that the app
// accepts it — same content hash as the app computes, and a full verify with the passphrase.
import { describe, expect, it } from 'vitest';
import { deriveSessionKeys, readBackupHeader, unwrapBackupDataKey } from '@shared/crypto';
import { contentHash, verifyBackup } from '../../src/renderer/data/backup';
import type { TableSnapshot } from '../../src/renderer/data/backup';
import { backupContentHash, buildBackup, completeTables } from './support/backup-fixture';
import { buildOperationsDataset } from './support/operations-dataset';

const NOW = '2026-11-20T10:00:00.000Z';

function tables() {
  const d = buildOperationsDataset(25, NOW);
  return completeTables({
    settings: d.settings,
    agencies: d.agencies,
    operations: d.operations,
    participations: d.participations,
  });
}

describe('operations fixture backup', () => {
  it('is deterministic and clearly fictional', () => {
    const a = buildOperationsDataset(50, NOW);
    const b = buildOperationsDataset(50, NOW);
    expect(a.operations.map((o) => o.codeName)).toEqual(b.operations.map((o) => o.codeName));
    expect(a.operations.every((o) => o.id.endsWith('-test'))).toBe(true);
    expect(new Set(a.operations.map((o) => o.codeName)).size).toBe(50);
  });

  it('hashes its content exactly as the app does', async () => {
    const t = tables();
    expect(await backupContentHash(t)).toBe(await contentHash(t as TableSnapshot));
  });

  it('restores with its passphrase: authentic, valid records, matching counts and hash', async () => {
    const t = tables();
    const bytes = await buildBackup(t, 'Fixture-Passphrase-2026');
    const header = readBackupHeader(bytes);
    const dataKey = await unwrapBackupDataKey(header, 'Fixture-Passphrase-2026');
    const { tables: restored, manifest } = await verifyBackup(
      bytes,
      (await deriveSessionKeys(dataKey)).backup,
    );
    expect(manifest.counts.operations).toBe(25);
    expect(restored.operations).toHaveLength(25);
    expect(restored.agencies.length).toBeGreaterThan(100);
  });
});
