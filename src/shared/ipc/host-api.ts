// HostApi: every capability the UI needs from outside the page. Implemented by the preload
// bridge (Electron) and by src/renderer/host/browser.ts (web edition); nothing else in the
// renderer knows which host it runs in.
import type {
  AppInfo,
  BackupInfo,
  VaultBackupHeader,
  VaultCreateRequest,
  VaultCreateResult,
  VaultKeyResult,
  VaultRecoverRequest,
  VaultSetKeychainRequest,
  VaultStatus,
  VaultUnlockRequest,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
} from './contract';
import type { Result } from './result';

export interface HostApi {
  readonly kind: 'electron' | 'browser';
  appInfo(): Promise<Result<AppInfo>>;
  /** Asks the user where to save (system dialog or download) and writes atomically. */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileResult>>;
  /** Asks the user for a file; `null` when cancelled. Larger files than `maxBytes` are refused. */
  openFile(request: OpenFileRequest): Promise<Result<OpenFileResult>>;
  /** Opens an allow-listed https link in the system browser. */
  openExternal(url: string): Promise<Result<{ opened: boolean }>>;
  /**
   * The vault holds the wrapped data key. Unlocking hands the raw key to the renderer once;
   * the renderer imports it non-extractable and drops the bytes.
   */
  vault: {
    status(): Promise<Result<VaultStatus>>;
    create(request: VaultCreateRequest): Promise<Result<VaultCreateResult>>;
    unlock(request: VaultUnlockRequest): Promise<Result<VaultKeyResult>>;
    changePassphrase(request: {
      current: string;
      next: string;
    }): Promise<Result<Record<string, never>>>;
    /** Sets a new passphrase with the recovery code and unlocks. */
    recover(request: VaultRecoverRequest): Promise<Result<VaultKeyResult>>;
    setKeychain(request: VaultSetKeychainRequest): Promise<Result<VaultStatus>>;
    /** The vault id and the passphrase/recovery wraps, for the header of a new backup. */
    backupHeader(): Promise<Result<VaultBackupHeader>>;
  };
  /** Automatic encrypted backups kept by the host (desktop); `unsupported` in the browser. */
  backups: {
    store(request: { data: Uint8Array; reason: BackupInfo['reason'] }): Promise<Result<BackupInfo>>;
    list(): Promise<Result<BackupInfo[]>>;
    read(name: string): Promise<Result<{ name: string; data: Uint8Array }>>;
  };
}
