// The public crypto API of Verbundplaner: vault format and service, record sealing, backups,
// key derivation and helpers. Everything runs on WebCrypto (+ hash-wasm for Argon2id).
export {
  asBytes,
  base64Decode,
  base64Encode,
  concatBytes,
  constantTimeEqual,
  randomBytes,
  sha256Hex,
  toHex,
  utf8Decode,
  utf8Encode,
} from './bytes';
export type { Bytes } from './bytes';
export { IntegrityError, ThrottledError, WrongSecretError } from './errors';
export { importAesKey, seal, SEAL_OVERHEAD, SEAL_VERSION, unseal } from './aead';
export type { AesUsage, SecretKey } from './aead';
export { decodeValue, encodeCompact, encodeValue } from './serialize';
export { isSealedRow, recordAad, SEALED_FIELD, sealRecord, unsealRecord } from './record-seal';
export type { RecordRow, SealedRow } from './record-seal';
export { DEFAULT_KDF, deriveKeyBytes, kdfParamsSchema, newKdfParams } from './kdf';
export type { Kdf, KdfParams } from './kdf';
export { generateRecoveryCode, normalizeRecoveryCode } from './recovery-code';
export {
  createVaultFile,
  rewrapPassphrase,
  unwrapWithPassphrase,
  unwrapWithRecovery,
  VAULT_FORMAT,
  VAULT_VERSION,
  vaultFileSchema,
  vaultSecretsSchema,
} from './vault-file';
export type { CreateVaultOptions, VaultFile, VaultSecrets } from './vault-file';
export { openPendingKey } from './vault-rotation';
export type { PendingRotation } from './vault-rotation';
export {
  createVaultService,
  FREE_ATTEMPTS,
  MAX_THROTTLE_MS,
  retryAfterMs,
  throttleDelayMs,
} from './vault-service';
export type {
  Keychain,
  KeychainStatus,
  KeychainUnavailableReason,
  VaultService,
  VaultServiceOptions,
  VaultStore,
} from './vault-service';
export { deriveSessionKeys } from './subkeys';
export type { SessionKeys } from './subkeys';
export {
  BACKUP_MAGIC,
  backupHeaderSchema,
  backupManifestSchema,
  openBackup,
  readBackupHeader,
  sealBackup,
  unwrapBackupDataKey,
} from './backup-format';
export type {
  BackupHeader,
  BackupManifest,
  BackupVaultPart,
  SealBackupInput,
} from './backup-format';
export {
  APP_WORDS,
  isPassphraseStrong,
  PASSPHRASE_FEEDBACK_KEYS,
  ratePassphrase,
  REQUIRED_PASSPHRASE_SCORE,
} from './passphrase-strength';
export type {
  PassphraseEstimator,
  PassphraseFeedbackKey,
  PassphraseScore,
  PassphraseStrength,
} from './passphrase-strength';
