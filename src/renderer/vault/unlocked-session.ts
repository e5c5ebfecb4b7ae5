// What the vault gate needs only once a key is at hand: opening the data session (Dexie's
// tables, repositories, zod schemas, the read model), the sealing codec, backups and key
// rotation. VaultGate loads this module with a dynamic import after unlock, so none of it is
// part of the boot bundle that must be loaded before the unlock screen is interactive.
export { hostSentinelCopy } from '../data/sentinel';
export { openDataSession } from '../data/session';
export { sealingCodec } from '../data/sealing-codec';
export { automaticBackup } from './auto-backup';
export { completeRotation, pendingNewKey } from './key-rotation';
