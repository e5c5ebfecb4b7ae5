// Encrypted backups: round trip with the manifest, every kind of damage refused, foreign files
// named as such, and a restore on a fresh machine with nothing but the old passphrase.
import { describe, expect, it } from 'vitest';
import {
  BACKUP_MAGIC,
  backupHeaderSchema,
  createVaultFile,
  deriveSessionKeys,
  encodeValue,
  decodeValue,
  IntegrityError,
  openBackup,
  randomBytes,
  readBackupHeader,
  seal,
  sealBackup,
  sha256Hex,
  unseal,
  unwrapBackupDataKey,
  utf8Encode,
  WrongSecretError,
} from '@shared/crypto';
import type { BackupManifest } from '@shared/crypto';

const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'Sommerplanung im Revier 2026';
const vault = await createVaultFile({ passphrase: PASS, now: new Date(), kdfParams: FAST });
const keys = await deriveSessionKeys(vault.dataKey);
const payload = encodeValue({
  premises: [{ id: 'p-1', name: 'Imbiss Zur Zeche', plan: randomBytes(4096) }],
});
const manifest: BackupManifest = {
  appVersion: '0.2.0',
  schemaVersion: 2,
  createdAt: '2026-11-20T12:05:00.000Z',
  counts: { premises: 1, operations: 0 },
  contentHash: await sha256Hex(payload),
};
const backup = await sealBackup({ payload, manifest, vault: vault.file, backupKey: keys.backup });

const changedAt = (bytes: Uint8Array, index: number): Uint8Array => {
  const copy = new Uint8Array(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x20;
  return copy;
};
const headerEnd = (): number => 7 + 4 + new DataView(backup.buffer, 7, 4).getUint32(0);

describe('deriveSessionKeys', () => {
  it('derives two distinct, non-extractable AES-GCM keys, the same for the same data key', async () => {
    expect(keys.record.extractable).toBe(false);
    expect(keys.backup.extractable).toBe(false);
    expect(keys.record.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    const aad = utf8Encode('x');
    const sealed = await seal(keys.record, utf8Encode('geheim'), aad);
    // The same data key derives the same record key (a restart can read what was written) …
    const again = await deriveSessionKeys(vault.dataKey);
    expect(new TextDecoder().decode(await unseal(again.record, sealed, aad))).toBe('geheim');
    // … and the backup key cannot open a record ciphertext.
    await expect(unseal(keys.backup, sealed, aad)).rejects.toThrow(IntegrityError);
    await expect(deriveSessionKeys(randomBytes(16))).rejects.toThrow(IntegrityError);
  });
});

describe('sealBackup / openBackup', () => {
  it('round-trips payload and manifest', async () => {
    expect(new TextDecoder().decode(backup.subarray(0, 7))).toBe(BACKUP_MAGIC);
    const { header, payload: back } = await openBackup(backup, keys.backup);
    expect(header.manifest).toEqual(manifest);
    expect(header).toMatchObject({ format: 'verbundplaner-backup', version: 1 });
    expect(header.vault.vaultId).toBe(vault.file.vaultId);
    expect(Buffer.from(back).equals(payload)).toBe(true);
    expect(decodeValue(back)).toMatchObject({ premises: [{ name: 'Imbiss Zur Zeche' }] });
  });

  it('carries only the vault id and the two wraps, never the keychain slot or counter', () => {
    const header = readBackupHeader(backup);
    expect(Object.keys(header.vault).sort()).toEqual(['passphrase', 'recovery', 'vaultId']);
    const text = new TextDecoder().decode(backup.subarray(0, headerEnd()));
    expect(text).not.toContain('Zeche');
    expect(text).not.toContain('throttle');
  });

  it.each([
    ['the length prefix', 8],
    ['the first header byte', 11],
    ['a header byte in the middle', 60],
    ['the last header byte', -1],
    ['the version byte of the body', 0],
    ['the IV', 5],
    ['the ciphertext', 40],
    ['the tag (last byte)', Number.NaN],
  ])('refuses one changed byte in %s', async (label, offset) => {
    let index: number;
    if (label.startsWith('the length') || label.includes('header')) {
      index = offset >= 0 ? offset : headerEnd() - 1;
    } else {
      index = Number.isNaN(offset) ? backup.byteLength - 1 : headerEnd() + offset;
    }
    await expect(openBackup(changedAt(backup, index), keys.backup)).rejects.toBeInstanceOf(
      IntegrityError,
    );
  });

  it('refuses a changed magic as not a Verbundplaner backup', async () => {
    await expect(openBackup(changedAt(backup, 2), keys.backup)).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('refuses a header edit that keeps valid JSON (e.g. a changed count)', async () => {
    const text = new TextDecoder().decode(backup);
    const edited = utf8Encode(text.slice(0, headerEnd()).replace('"premises":1', '"premises":2'));
    expect(edited.byteLength).toBe(headerEnd());
    const forged = new Uint8Array(backup);
    forged.set(edited, 0);
    expect(readBackupHeader(forged).manifest.counts.premises).toBe(2);
    await expect(openBackup(forged, keys.backup)).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses a doctored header that demands a hanging Argon2id, before any KDF runs (F5)', async () => {
    const header = readBackupHeader(backup);
    const greedy = { memoryKiB: 1_048_576, iterations: 20, parallelism: 16 };
    const doctored = {
      ...header,
      vault: {
        ...header.vault,
        passphrase: {
          ...header.vault.passphrase,
          kdf: { ...header.vault.passphrase.kdf, ...greedy },
        },
      },
    };
    const json = utf8Encode(JSON.stringify(doctored));
    const length = new Uint8Array(4);
    new DataView(length.buffer).setUint32(0, json.byteLength);
    const file = new Uint8Array([
      ...utf8Encode(BACKUP_MAGIC),
      ...length,
      ...json,
      ...backup.subarray(headerEnd()),
    ]);
    expect(() => readBackupHeader(file)).toThrow(IntegrityError);
    await expect(openBackup(file, keys.backup)).rejects.toThrow(IntegrityError);
    // A header object that never passed the file schema is bounded too, with no KDF call.
    let kdfCalls = 0;
    const counting = async () => {
      kdfCalls++;
      return randomBytes(32);
    };
    await expect(unwrapBackupDataKey(doctored, PASS, counting)).rejects.toThrow(IntegrityError);
    expect(kdfCalls).toBe(0);
    // Each bound alone: memory, passes, lanes and their product.
    for (const cost of [
      { memoryKiB: 262_145 },
      { iterations: 13 },
      { parallelism: 5 },
      { memoryKiB: 262_144, iterations: 4 },
    ]) {
      const p = { ...header.vault.passphrase.kdf, ...cost };
      await expect(
        unwrapBackupDataKey(
          {
            ...header,
            vault: { ...header.vault, passphrase: { ...header.vault.passphrase, kdf: p } },
          },
          PASS,
          counting,
        ),
      ).rejects.toThrow(IntegrityError);
    }
    expect(kdfCalls).toBe(0);
    // Within the bounds (a later release's higher defaults) the header is still read.
    const raised = {
      ...header.vault.passphrase.kdf,
      memoryKiB: 262_144,
      iterations: 3,
      parallelism: 4,
    };
    expect(() =>
      backupHeaderSchema.parse({
        ...header,
        vault: { ...header.vault, passphrase: { ...header.vault.passphrase, kdf: raised } },
      }),
    ).not.toThrow();
  });

  it('refuses truncation anywhere and appended bytes', async () => {
    for (const length of [0, 3, 7, 10, 40, headerEnd(), headerEnd() + 20, backup.byteLength - 1]) {
      await expect(openBackup(backup.subarray(0, length), keys.backup)).rejects.toBeInstanceOf(
        length < 7 ? Error : IntegrityError,
      );
    }
    const longer = new Uint8Array([...backup, 0]);
    await expect(openBackup(longer, keys.backup)).rejects.toBeInstanceOf(IntegrityError);
  });

  it('refuses the key of another vault', async () => {
    const other = await deriveSessionKeys(randomBytes(32));
    await expect(openBackup(backup, other.backup)).rejects.toBeInstanceOf(IntegrityError);
  });

  it.each([
    ['a zip file', Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8)],
    ['a text file', utf8Encode('Einsatzplan Winterlicht\n')],
    ['an empty file', new Uint8Array(0)],
  ])('refuses %s with a clear message', (_label, bytes) => {
    expect(() => readBackupHeader(bytes)).toThrow(/Keine Verbundplaner-Sicherung/);
    expect(() => readBackupHeader(bytes)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });

  it('says when a backup comes from a newer format', () => {
    const newer = new Uint8Array(backup);
    newer[5] = '2'.charCodeAt(0);
    expect(() => readBackupHeader(newer)).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('refuses an invalid manifest when sealing', async () => {
    const bad = { ...manifest, contentHash: 'abc' };
    await expect(
      sealBackup({ payload, manifest: bad, vault: vault.file, backupKey: keys.backup }),
    ).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('restores on a fresh machine with only the passphrase of its time', async () => {
    // Nothing from this session is used below: only the file and the old passphrase.
    const header = readBackupHeader(backup);
    await expect(unwrapBackupDataKey(header, 'falsche Passphrase!')).rejects.toThrow(
      WrongSecretError,
    );
    const dataKey = await unwrapBackupDataKey(header, PASS);
    const restoredKeys = await deriveSessionKeys(dataKey);
    const { payload: back } = await openBackup(backup, restoredKeys.backup);
    expect(await sha256Hex(back)).toBe(header.manifest.contentHash);
    // The recovery code of that time works too.
    const viaCode = await unwrapBackupDataKey(header, vault.recoveryCode, undefined, 'recovery');
    expect(viaCode).toEqual(dataKey);
  });
});
