// HostApi: every capability the UI needs from outside the page. Implemented by the preload
// bridge (Electron) and by src/renderer/host/browser.ts (web edition); nothing else in the
// renderer knows which host it runs in.
import type {
  AppInfo,
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
}
