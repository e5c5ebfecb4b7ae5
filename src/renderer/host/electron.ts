// Electron host: the preload bridge (window.api) already implements HostApi over typed IPC.
import type { HostApi } from '@shared/ipc/host-api';

declare global {
  interface Window {
    /** Exposed by src/main/preload through contextBridge; absent in the web edition. */
    api?: HostApi;
  }
}

export function electronHost(): HostApi | null {
  const api = globalThis.window?.api;
  return api && api.kind === 'electron' ? api : null;
}
