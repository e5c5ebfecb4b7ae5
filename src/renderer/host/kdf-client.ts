// Argon2id off the UI thread: the key derivation takes about half a second and would freeze
// the page (no spinner, no input). Falls back to the calling thread where workers do not exist.
import { deriveKeyBytes, type Kdf, type KdfParams } from '@shared/crypto';

interface Reply {
  id: number;
  key?: Uint8Array;
  error?: string;
}

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, { resolve(k: Uint8Array): void; reject(e: Error): void }>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (!worker) {
    worker = new Worker(new URL('./kdf.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Reply>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      pending.delete(e.data.id);
      if (e.data.key) p.resolve(e.data.key);
      else p.reject(new Error(e.data.error ?? 'KDF fehlgeschlagen'));
    };
  }
  return worker;
}

export const workerKdf: Kdf = (secret: string, params: KdfParams) => {
  const w = getWorker();
  if (!w) return deriveKeyBytes(secret, params);
  const id = ++seq;
  return new Promise<Uint8Array>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, secret, params });
  });
};
